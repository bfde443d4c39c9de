package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A case's event as stored: the fact, its place in the case (the sequence number, i.e. the case version it made) and
 * the moment it was recorded (the event's timestamp, set by the event store at storage).
 */
public record RecordedFact(CaseFact fact, long sequence, Instant recordedAt) {

    /** Moments as the views keep them: to the millisecond, as MongoDB stores a date. */
    static Instant millis(Instant moment) {
        return moment == null ? null : moment.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Whether this fact was on record at {@code moment}, judged to the millisecond as the views show recorded-at. */
    boolean recordedBy(Instant moment) {
        return !millis(recordedAt).isAfter(moment);
    }
}
