package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit trail keeps of a record another service put on a topic: its kind and its codes, nothing else. */
class AuditRecordsTest {

    /** A guardian's erasure in another service is filed as an erasure, not as a read; a read stays a read. */
    @ParameterizedTest(name = "{0} is filed as {2}")
    @CsvSource({"PersonalDataErasure, PRIVACY_OFFICER, PERSONAL_DATA_ERASURE",
                "PersonalDataRead,    SCHOOL_LEADER,   PERSONAL_DATA_READ"})
    void a_record_about_personal_data_is_filed_by_its_type(String type, String role, AuditKind kind) {
        AuditRecord record = AuditRecords.from(Topics.PERSONAL_DATA_READS, json("""
                {"eventId":"e-1","type":"%s","boardId":"board-1","schoolId":"school-1",
                 "actor":{"id":"user-1","role":"%s"},"occurredAt":"2026-11-20T10:00:00Z",
                 "what":"GUARDIAN_CONTACT_DATA","subject":"P-1"}""".formatted(type, role))).orElseThrow();

        assertThat(record.kind()).isEqualTo(kind);
    }

    @Test
    void a_cancelled_prevention_activity_keeps_its_reason_code_and_never_a_typed_reason() {
        AuditRecord record = AuditRecords.from(Topics.PREVENTION_EVENTS, json("""
                {"eventId":"e-3","type":"PreventionActivityCancelled","schemaVersion":2,"boardId":"board-1",
                 "schoolId":"school-1","activityId":"a-1","kind":"PARENT_EVENING","status":"CANCELLED",
                 "cancellationReasonCode":"ILLNESS","cancellationReason":"Juf Jansen is ziek",
                 "occurredAt":"2026-11-20T10:00:00Z"}""")).orElseThrow();

        assertThat(record.details()).containsEntry("cancellationReasonCode", "ILLNESS")
                .doesNotContainKey("cancellationReason");
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
