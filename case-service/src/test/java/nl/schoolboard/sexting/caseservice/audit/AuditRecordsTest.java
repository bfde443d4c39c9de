package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit trail keeps of a record another service put on a topic: its kind and its codes, nothing else. */
class AuditRecordsTest {

    @Test
    void a_guardians_erasure_in_another_service_is_filed_as_an_erasure_not_as_a_read() {
        AuditRecord record = AuditRecords.from(Topics.PERSONAL_DATA_READS, json("""
                {"eventId":"e-1","type":"PersonalDataErasure","boardId":"board-1","schoolId":"school-1",
                 "actor":{"id":"user-1","role":"PRIVACY_OFFICER"},"occurredAt":"2026-11-20T10:00:00Z",
                 "what":"GUARDIAN_CONTACT_DATA","subject":"P-1"}""")).orElseThrow();

        assertThat(record.kind()).isEqualTo(AuditKind.PERSONAL_DATA_ERASURE);
    }

    @Test
    void a_read_stays_a_read() {
        AuditRecord record = AuditRecords.from(Topics.PERSONAL_DATA_READS, json("""
                {"eventId":"e-2","type":"PersonalDataRead","boardId":"board-1","schoolId":"school-1",
                 "actor":{"id":"user-1","role":"SCHOOL_LEADER"},"occurredAt":"2026-11-20T10:00:00Z",
                 "what":"GUARDIAN_CONTACT_DATA","subject":"P-1"}""")).orElseThrow();

        assertThat(record.kind()).isEqualTo(AuditKind.PERSONAL_DATA_READ);
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
