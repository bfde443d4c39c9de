package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.IncidentLedger;
import nl.schoolboard.sexting.prevention.planning.IncidentRecord;
import nl.schoolboard.sexting.prevention.planning.PlannedEffect;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The incident ledger in MongoDB. The decision is set with a filter on {@code decision: null}, so the first stored
 * decision stays whoever comes second.
 */
@Component
record MongoIncidentLedger(MongoTemplate mongo) implements IncidentLedger {

    @Override
    public boolean record(IncidentRecord incident) {
        return FirstCopy.insert(mongo, IncidentDocument.of(incident));
    }

    @Override
    public long countInSchoolYear(String boardId, String schoolId, SchoolYear year) {
        return mongo.count(Query.query(where("boardId").is(boardId).and("schoolId").is(schoolId)
                .and("schoolYear").is(year.toString())), IncidentDocument.class);
    }

    @Override
    public long countByBoard(String boardId, SchoolYear year) {
        return mongo.count(Query.query(where("boardId").is(boardId).and("schoolYear").is(year.toString())),
                IncidentDocument.class);
    }

    @Override
    public Optional<List<PlannedEffect>> decision(UUID eventId) {
        return Optional.ofNullable(mongo.findById(eventId.toString(), IncidentDocument.class))
                .map(IncidentDocument::decision)
                .map(effects -> effects.stream().map(IncidentDocument.EffectDocument::toEffect).toList());
    }

    @Override
    public List<PlannedEffect> decide(UUID eventId, List<PlannedEffect> effects) {
        mongo.updateFirst(Query.query(where("_id").is(eventId.toString()).and("decision").is(null)),
                Update.update("decision", effects.stream().map(IncidentDocument.EffectDocument::of).toList()),
                IncidentDocument.class);
        return decision(eventId).orElseThrow(() -> new IllegalStateException(
                "the decision for incident event " + eventId + " was stored but cannot be read back"));
    }
}
