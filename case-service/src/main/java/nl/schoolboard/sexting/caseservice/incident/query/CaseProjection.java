package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.PersonalDataErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Keeps the {@code cases} collection: one {@link CaseView} per case, the {@link CaseFold} of the case's events.
 *
 * <p>The projection applies each event to where the case's previous event left it ({@link CaseFold.Progress}, kept
 * in memory for the cases seen last), so a new event costs one write (one per batch of events, {@link ViewBatch}), not a read of the whole case; a case's first
 * event starts the progress with one lookup of the view by id (a replay and a new report read no events). Where it has
 * not followed the case up to the event before (after a start, when the case was pushed out of memory, or when
 * another instance handled events of the case in between), it folds the case once from the event store, as far as
 * the store goes, and follows it from there; the events that follow in the stream then find the view at or past
 * their version and are skipped with one lookup. A case with an erasure is not followed: its texts must come from
 * the store, where the key shredder has made them unreadable. The view is therefore always exactly {@link CaseFold} of the
 * events, the same function the point-in-time view uses, with the aggregate's own {@code CaseFile} inside.</p>
 *
 * <p>Idempotent: a view is only ever replaced by one of a higher version, so a redelivered or replayed event changes
 * nothing. Axon hands the events of one case to one thread at a time (sequencing per aggregate), so the read-then-write
 * needs no transaction (MongoDB-wire test servers have none) and a case's progress is never applied to by two threads.</p>
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
class CaseProjection extends RebuiltCollection {

    static final String PROCESSING_GROUP = "case-projection";

    private final CaseHistory history;
    private final Map<String, CaseFold.Progress> followed = casesSeenLast();
    private final ViewBatch<CaseView> views;

    CaseProjection(MongoTemplate mongo, CaseHistory history) {
        super(mongo, CaseView.class, new Index().on("boardId", Sort.Direction.ASC)
                .on("cameToLightAt", Sort.Direction.DESC).named("board_cameToLightAt"));
        this.history = history;
        this.views = new ViewBatch<>(mongo, CaseView.class, CaseView::caseId);
    }

    @EventHandler
    void on(CaseFact fact, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String caseId = fact.caseId().value();
        CaseFold.Progress progress = followed.get(caseId);
        try {
            // an erasure is never applied to the progress: the texts it holds were read while their keys still
            // existed, so the view after an erasure must be folded from the store, where they no longer can be read
            if (progress != null && progress.version() == sequence - 1 && !(fact instanceof PersonalDataErased)) {
                progress.apply(new RecordedFact(fact, sequence, recordedAt)).view().ifPresent(views::write);
                forgetIfErased(caseId, progress);
            } else if (progress == null && sequence == 0) {
                startFollowing(caseId, new RecordedFact(fact, sequence, recordedAt));
            } else {
                foldFromStore(caseId, sequence);
            }
        } catch (RuntimeException e) {
            // the progress may be half applied; the retry folds the case from the store
            followed.remove(caseId);
            throw e;
        }
    }

    /**
     * The case's first event: there is nothing before it to read from the store. Only a view already there (the
     * report delivered again, or handled by another instance) is looked up, and then left as it is.
     */
    private void startFollowing(String caseId, RecordedFact report) {
        if (current(caseId) != null) {
            return;
        }
        CaseFold.Progress progress = CaseFold.Progress.of(List.of()).apply(report);
        followed.put(caseId, progress);
        progress.view().ifPresent(views::write);
    }

    private void foldFromStore(String caseId, long sequence) {
        CaseView stored = current(caseId);
        if (stored != null && stored.version() >= sequence) {
            return;
        }
        CaseFold.Progress progress = CaseFold.Progress.of(history.facts(caseId));
        followed.put(caseId, progress);
        progress.view()
                .filter(view -> stored == null || view.version() > stored.version())
                .ifPresent(views::write);
        forgetIfErased(caseId, progress);
    }

    /** The view as this batch left it, else as stored. */
    private CaseView current(String caseId) {
        return views.written(caseId).orElseGet(() -> mongo.findById(caseId, CaseView.class));
    }

    /**
     * A case with an erasure is folded from the store for every event, as before: its progress holds texts read
     * before the key shredder destroyed their keys, and applying to it would bring them back into the view.
     */
    private void forgetIfErased(String caseId, CaseFold.Progress progress) {
        if (progress.erasureRecorded()) {
            followed.remove(caseId);
        }
    }

    @Override
    void forgetForReplay() {
        followed.clear();
    }
}
