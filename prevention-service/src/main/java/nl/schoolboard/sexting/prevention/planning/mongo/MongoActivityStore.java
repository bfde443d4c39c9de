package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityStore;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Activities in MongoDB, one document each, the activity id as {@code _id}: the unique {@code _id} index is what
 * refuses a second copy. Single-document writes only, so it needs no transactions (and runs on mongo-java-server).
 */
@Repository
class MongoActivityStore implements ActivityStore {

    private final MongoTemplate mongo;

    MongoActivityStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(PreventionActivity activity) {
        try {
            mongo.insert(ActivityDocument.of(activity));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<PreventionActivity> find(ActivityId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ActivityDocument.class)).map(ActivityDocument::toActivity);
    }

    @Override
    public List<PreventionActivity> findBySchool(String schoolId) {
        Query query = Query.query(where("schoolId").is(schoolId)).with(Sort.by("dueBy", "id"));
        return mongo.find(query, ActivityDocument.class).stream().map(ActivityDocument::toActivity).toList();
    }

    @Override
    public boolean plannedEventPublished(ActivityId id) {
        return mongo.exists(Query.query(where("id").is(id.value()).and("plannedEventPublishedAt").ne(null)),
                ActivityDocument.class);
    }

    @Override
    public void markPlannedEventPublished(ActivityId id, Instant at) {
        mongo.updateFirst(Query.query(where("id").is(id.value()).and("plannedEventPublishedAt").is(null)),
                Update.update("plannedEventPublishedAt", at), ActivityDocument.class);
    }
}
