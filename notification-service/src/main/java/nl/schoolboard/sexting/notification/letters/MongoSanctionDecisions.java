package nl.schoolboard.sexting.notification.letters;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link SanctionDecisions} in MongoDB, one document per case and pupil. The measures the case service published ({@code SanctionImposed}: a code and its period, never its reason), kept
 * per case and pupil until the school decides to tell the parents ({@code GuardiansInformed} of
 * {@code SANCTION_IMPOSED}), whose letter states the decision. Both events of a case come in order on one partition
 * (the case id is the key), so the decision is known when the parents are told. Erased with the pupil's guardians.
 */
@Component
record MongoSanctionDecisions(MongoOperations mongo) implements SanctionDecisions {

    static final String COLLECTION = "sanction_decisions";

    @Document(COLLECTION)
    record Stored(@Id String id, String boardId, String schoolId, String caseId, String pupilRef, String kind,
                  LocalDate from, LocalDate until) {
    }

    /** The latest measure for {@code pupilRef} in the case replaces an earlier one: the letter states what holds. */
    @Override
    public void remember(String boardId, String schoolId, String caseId, String pupilRef,
                         ParentLetters.SanctionDecision decision) {
        mongo.save(new Stored(caseId + "/" + pupilRef, boardId, schoolId, caseId, pupilRef, decision.kind(),
                decision.from(), decision.until()));
    }

    @Override
    public Optional<ParentLetters.SanctionDecision> of(String caseId, String pupilRef) {
        return Optional.ofNullable(mongo.findById(caseId + "/" + pupilRef, Stored.class))
                .map(stored -> new ParentLetters.SanctionDecision(stored.kind(), stored.from(), stored.until()));
    }

    /** Forgets every measure of one pupil of a school (erasure); the number forgotten. */
    @Override
    public long erase(String boardId, String schoolId, String pupilRef) {
        return mongo.remove(Query.query(Criteria.where("boardId").is(boardId).and("schoolId").is(schoolId)
                .and("pupilRef").is(pupilRef)), Stored.class).getDeletedCount();
    }
}
