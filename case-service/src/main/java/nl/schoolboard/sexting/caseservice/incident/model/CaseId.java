package nl.schoolboard.sexting.caseservice.incident.model;

import java.util.Objects;
import java.util.UUID;

/** Identity of one incident case. {@link #toString()} is the bare value: Axon uses it as the aggregate id. */
public record CaseId(String value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID().toString());
    }

    /**
     * The case id a retried report lands on: the same board and idempotency key always give the same case, so a
     * client that repeats its request after a time-out reaches the case it already created instead of a second one.
     */
    public static CaseId forIdempotencyKey(BoardId board, String idempotencyKey) {
        return new CaseId(UUID.nameUUIDFromBytes((board.value() + "/" + idempotencyKey).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
