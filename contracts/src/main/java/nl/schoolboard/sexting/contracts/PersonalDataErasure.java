package nl.schoolboard.sexting.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone erased personal data on an erasure request (AVG/GDPR): the audit trail keeps who erased what of which
 * person, when. Published on {@link Topics#PERSONAL_DATA_READS} next to the reads, keyed by the school id, in the
 * same shape as {@link PersonalDataRead} so that the audit trail reads both alike; {@link #type()} tells them apart.
 * Codes and references only: never a name or an address (they are what is being erased).
 *
 * @param what    code of what was erased, e.g. {@code GUARDIAN_CONTACTS}
 * @param subject the pupil reference the erased data was about
 */
public record PersonalDataErasure(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String boardId,
        String schoolId,
        String caseId,
        Actor actor,
        String what,
        String subject,
        String correlationId) {

    public static final String TYPE = "PersonalDataErasure";
    public static final int VERSION = 1;
}
