package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.IncidentLedger;
import nl.schoolboard.sexting.prevention.planning.IncidentRecord;
import nl.schoolboard.sexting.prevention.planning.PlannedEffect;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
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
 *
 * <p>How many incidents a school had in a school year is asked for every report. Counting the ledger's documents
 * scans the whole ledger on a store without secondary indexes (the local stack's); so each incident is also added,
 * by event id, to a tally per board, school and school year ({@value #TALLIES}, one document read by id). Adding to a
 * set makes it idempotent: a redelivered incident is added again and counted once. A tally is {@code seeded} once the
 * incidents of its school year that were in the ledger before it existed (recorded by an older version) are in it
 * too; until then the count is taken from the ledger as before, and the next incident seeds it again, so a crash
 * between the two writes costs one scan, never a wrong count.</p>
 */
@Component
record MongoIncidentLedger(MongoTemplate mongo) implements IncidentLedger {

    static final String TALLIES = "prevention_incident_tallies";
    private static final String INCIDENTS = "incidents";
    private static final String SEEDED = "seeded";

    @Override
    public boolean record(IncidentRecord incident) {
        boolean first = FirstCopy.insert(mongo, IncidentDocument.of(incident));
        tally(incident.boardId(), incident.schoolId(), incident.schoolYear(), incident.eventId().toString());
        return first;
    }

    private void tally(String boardId, String schoolId, SchoolYear year, String eventId) {
        Query tally = Query.query(where("_id").is(tallyId(boardId, schoolId, year)));
        Document counted = mongo.findAndModify(tally,
                new Update().addToSet(INCIDENTS, eventId).setOnInsert(SEEDED, false),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, TALLIES);
        if (counted != null && !counted.getBoolean(SEEDED, false)) {
            Object[] before = mongo.find(inSchoolYear(boardId, schoolId, year), IncidentDocument.class).stream()
                    .map(IncidentDocument::eventId).toArray();
            mongo.updateFirst(tally, new Update().addToSet(INCIDENTS).each(before).set(SEEDED, true), TALLIES);
        }
    }

    @Override
    public long countInSchoolYear(String boardId, String schoolId, SchoolYear year) {
        Document tally = mongo.findById(tallyId(boardId, schoolId, year), Document.class, TALLIES);
        if (tally != null && tally.getBoolean(SEEDED, false)) {
            return tally.getList(INCIDENTS, String.class).size();
        }
        return mongo.count(inSchoolYear(boardId, schoolId, year), IncidentDocument.class);
    }

    private static Query inSchoolYear(String boardId, String schoolId, SchoolYear year) {
        return Query.query(where("boardId").is(boardId).and("schoolId").is(schoolId)
                .and("schoolYear").is(year.toString()));
    }

    private static String tallyId(String boardId, String schoolId, SchoolYear year) {
        return boardId + ":" + schoolId + ":" + year;
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
