package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code cases} collection: one {@link CaseView} per case, refolded from the case's events in the event
 * store whenever one of its events comes by.
 *
 * <p>Why refold rather than patch: the view then is exactly {@link CaseFold} of the events, the same function the
 * point-in-time view uses, with the aggregate's own {@code CaseFile} inside, so the three cannot drift apart; and a
 * case has tens of events, so reading them is cheap. The fold reads the case up to its newest event, so the events
 * that follow in the stream find the view already at (or past) their version and are skipped with one lookup.</p>
 *
 * <p>Idempotent: a view is only ever replaced by one of a higher version, so a redelivered or replayed event changes
 * nothing. Axon hands the events of one case to one thread at a time (sequencing per aggregate), so the read-then-write
 * needs no transaction (MongoDB-wire test servers have none).</p>
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
class CaseProjection extends RebuiltCollection {

    static final String PROCESSING_GROUP = "case-projection";

    private final CaseHistory history;

    CaseProjection(MongoTemplate mongo, CaseHistory history) {
        super(mongo, CaseView.class, new Index().on("boardId", Sort.Direction.ASC)
                .on("cameToLightAt", Sort.Direction.DESC).named("board_cameToLightAt"));
        this.history = history;
    }

    @EventHandler
    void on(CaseFact fact, @SequenceNumber long sequence) {
        String caseId = fact.caseId().value();
        CaseView stored = mongo.findById(caseId, CaseView.class);
        if (stored != null && stored.version() >= sequence) {
            return;
        }
        CaseFold.fold(history.facts(caseId))
                .filter(view -> stored == null || view.version() > stored.version())
                .ifPresent(mongo::save);
    }
}
