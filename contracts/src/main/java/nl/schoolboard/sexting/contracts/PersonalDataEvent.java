package nl.schoolboard.sexting.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone read or erased personal data: the audit trail keeps who did what to whose data, when (AVG/GDPR). Reads and
 * erasures are one record, published on {@link Topics#PERSONAL_DATA_READS} side by side, so that the audit trail
 * reads both alike; only {@link #type()} tells them apart. Codes and references only: never a name or an address (an
 * erasure is recorded before the very data it would otherwise quote is gone).
 *
 * @param type    {@link #READ} or {@link #ERASURE}
 * @param caseId  the case read from; {@code null} for a read outside any case (e.g. the guardian directory) and for
 *                every erasure, which concerns a pupil rather than a case
 * @param what    code of what was read or erased, e.g. {@code CASE_DETAIL}, {@code CASE_TIMELINE},
 *                {@code GUARDIAN_CONTACTS}
 * @param subject the pupil reference whose data it was; {@code null} for a read that concerns no single pupil (the
 *                whole case, every pupil of a school); always set for an erasure
 */
public record PersonalDataEvent(
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

    /** Personal data was read; keyed by case id, or by school id when there is no case. */
    public static final String READ = "PersonalDataRead";
    /** Personal data was erased on an erasure request; keyed by school id. */
    public static final String ERASURE = "PersonalDataErasure";
    public static final int VERSION = 1;

    /** A read, recorded before the data is handed out. */
    public static PersonalDataEvent read(Instant occurredAt, String boardId, String schoolId, String caseId,
                                         Actor reader, String what, String subject, String correlationId) {
        return new PersonalDataEvent(UUID.randomUUID(), READ, VERSION, occurredAt, boardId, schoolId, caseId, reader,
                what, subject, correlationId);
    }

    /** An erasure, recorded before anything is erased. */
    public static PersonalDataEvent erasure(Instant occurredAt, String boardId, String schoolId, Actor officer,
                                            String what, String subject, String correlationId) {
        return new PersonalDataEvent(UUID.randomUUID(), ERASURE, VERSION, occurredAt, boardId, schoolId, null, officer,
                what, subject, correlationId);
    }
}
