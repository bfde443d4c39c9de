package nl.schoolboard.sexting.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone read personal data: the audit trail keeps who read what of which case, when (AVG/GDPR access logging).
 * Published on {@link Topics#PERSONAL_DATA_READS}, keyed by case id (or the subject when there is no case).
 *
 * @param what    code of what was read, e.g. {@code CASE_DETAIL}, {@code CASE_TIMELINE}, {@code GUARDIAN_CONTACTS}
 * @param subject the pupil reference read about, when the read concerns one person; null otherwise
 */
public record PersonalDataRead(
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

    public static final String TYPE = "PersonalDataRead";
    public static final int VERSION = 1;
}
