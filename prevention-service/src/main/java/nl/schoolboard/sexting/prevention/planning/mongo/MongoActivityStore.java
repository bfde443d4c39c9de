package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityKind;
import nl.schoolboard.sexting.prevention.planning.ActivityStore;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Activities in MongoDB, one document each, the activity id as {@code _id}: the unique {@code _id} index is what
 * refuses a second copy, and the {@code version} in the filter of an update is what refuses a lost update.
 * Single-document writes only, so it needs no transactions (and runs on mongo-java-server).
 */
@Component
record MongoActivityStore(MongoTemplate mongo) implements ActivityStore {

    @Override
    public boolean insert(PreventionActivity activity) {
        return FirstCopy.insert(mongo, ActivityDocument.of(activity));
    }

    @Override
    public boolean update(PreventionActivity updated) {
        ActivityDocument next = ActivityDocument.of(updated);
        Query current = Query.query(where("_id").is(next.id()).and("version").is(updated.version() - 1));
        Update update = new Update()
                .set("status", next.status())
                .set("dueBy", next.dueBy())
                .set("schedule", next.schedule())
                .set("attendance", next.attendance())
                .set("cancellationReason", next.cancellationReason())
                .set("version", next.version())
                .push("history", next.history().get(next.history().size() - 1));
        return mongo.updateFirst(current, update, ActivityDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<PreventionActivity> find(ActivityId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ActivityDocument.class)).map(ActivityDocument::toActivity);
    }

    @Override
    public List<PreventionActivity> findBySchool(String boardId, String schoolId) {
        return find(Query.query(where("boardId").is(boardId).and("schoolId").is(schoolId))
                .with(Sort.by("dueBy", "id")));
    }

    @Override
    public List<PreventionActivity> findBySchoolAndKind(String boardId, String schoolId, ActivityKind kind) {
        return find(Query.query(where("boardId").is(boardId).and("schoolId").is(schoolId).and("kind").is(kind))
                .with(Sort.by("dueBy", "id")));
    }

    @Override
    public List<PreventionActivity> findBySchoolAndKinds(String boardId, String schoolId, Set<ActivityKind> kinds) {
        return find(Query.query(where("boardId").is(boardId).and("schoolId").is(schoolId).and("kind").in(kinds))
                .with(Sort.by("dueBy", "id")));
    }

    @Override
    public List<PreventionActivity> findByBoard(String boardId) {
        return find(Query.query(where("boardId").is(boardId)));
    }

    @Override
    public List<PreventionActivity> findWithUnpublishedChanges(Instant before, int limit) {
        return find(Query.query(where("history").elemMatch(where("published").is(false).and("at").lt(before)))
                .limit(limit));
    }

    @Override
    public void markPublished(ActivityId id, UUID eventId, Instant at) {
        mongo.updateFirst(Query.query(where("_id").is(id.value())),
                new Update().set("history.$[change].published", true).set("history.$[change].publishedAt", at)
                        .filterArray(where("change.eventId").is(eventId.toString()).and("change.published").is(false)),
                ActivityDocument.class);
    }

    private List<PreventionActivity> find(Query query) {
        return mongo.find(query, ActivityDocument.class).stream().map(ActivityDocument::toActivity).toList();
    }
}
