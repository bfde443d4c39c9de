package nl.schoolboard.sexting.caseservice.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes each board's chain head to the checkpoints at start, at every {@code case.audit.checkpoint-interval} and
 * when asked, but only when the head moved since the last checkpoint. The checkpoint at start also anchors what was
 * written before the trail was keyed: those entries can be recomputed by anyone, but not so that they still end in
 * the checkpointed hash.
 */
class AuditCheckpointer {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointer.class);

    private final AuditTrail trail;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;
    private final Map<String, Long> written = new ConcurrentHashMap<>();

    AuditCheckpointer(AuditTrail trail, AuditCheckpoints checkpoints, Clock clock) {
        this.trail = trail;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${case.audit.checkpoint-interval:PT5M}", initialDelayString = "PT0S")
    void checkpointAll() {
        for (String board : trail.boards()) {
            try {
                checkpointIfMoved(board);
            } catch (RuntimeException e) {
                // the next round tries again; the trail itself is unaffected
                log.error("audit checkpoint of board {} could not be written", board, e);
            }
        }
    }

    /** Checkpoints the board's head now, if it moved; the checkpoint that stands afterwards, if any. */
    Optional<Checkpoint> checkpoint(String boardId) {
        return checkpointIfMoved(boardId).or(() -> Optional.ofNullable(checkpoints.read(boardId).latest()));
    }

    /** The checkpoint written, or empty when the head is where the last checkpoint put it (or there is none). */
    private Optional<Checkpoint> checkpointIfMoved(String boardId) {
        Optional<AuditEntry> head = trail.head(boardId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long lastWritten = written.computeIfAbsent(boardId, board ->
                Optional.ofNullable(checkpoints.read(board).latest()).map(Checkpoint::seq).orElse(0L));
        if (head.get().seq() <= lastWritten) {
            return Optional.empty();
        }
        Checkpoint checkpoint = new Checkpoint(boardId, head.get().seq(), head.get().hash(), clock.instant());
        checkpoints.write(checkpoint);
        written.merge(boardId, checkpoint.seq(), Math::max);
        return Optional.of(checkpoint);
    }
}
