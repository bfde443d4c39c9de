package nl.schoolboard.sexting.caseservice.audit;

import java.time.Instant;

/**
 * The head of a board's chain as it stood at a moment, kept outside the database: the chain may grow past it but
 * never end before it or differ at it.
 */
public record Checkpoint(String boardId, long seq, String hash, Instant at) {

    /** What the checkpoint's signature covers. */
    String signedText() {
        return "checkpoint|" + boardId + "|" + seq + "|" + hash + "|" + at;
    }
}
