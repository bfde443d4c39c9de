package nl.schoolboard.sexting.contracts;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON of a read and of an erasure on {@link Topics#PERSONAL_DATA_READS}, field by field and in order: case-service's
 * audit trail reads these by name, so the text on the wire is the contract. Nulls are written, not left out.
 */
class PersonalDataEventJsonTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private final ContractJsonSerializer serializer = new ContractJsonSerializer();

    @Test
    void a_read_of_a_case_is_written_with_its_case_and_without_a_subject() {
        PersonalDataEvent read = new PersonalDataEvent(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000001"),
                PersonalDataEvent.READ, PersonalDataEvent.VERSION, AT, "board-1", "school-1", "case-1",
                new Actor("user-1", "SCHOOL_LEADER"), "CASE_DETAIL", null, "corr-1");

        assertThat(json(read)).isEqualTo("""
                {"eventId":"6f1c2a3e-0000-4000-8000-000000000001","type":"PersonalDataRead","schemaVersion":1,\
                "occurredAt":"2026-11-20T10:00:00Z","boardId":"board-1","schoolId":"school-1","caseId":"case-1",\
                "actor":{"id":"user-1","role":"SCHOOL_LEADER"},"what":"CASE_DETAIL","subject":null,\
                "correlationId":"corr-1"}""");
    }

    @Test
    void an_erasure_is_written_in_the_same_shape_with_its_pupil_and_without_a_case() {
        PersonalDataEvent erasure = new PersonalDataEvent(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000002"),
                PersonalDataEvent.ERASURE, PersonalDataEvent.VERSION, AT, "board-1", "school-1", null,
                new Actor("user-2", "PRIVACY_OFFICER"), "GUARDIAN_CONTACTS", "P-1", "corr-2");

        assertThat(json(erasure)).isEqualTo("""
                {"eventId":"6f1c2a3e-0000-4000-8000-000000000002","type":"PersonalDataErasure","schemaVersion":1,\
                "occurredAt":"2026-11-20T10:00:00Z","boardId":"board-1","schoolId":"school-1","caseId":null,\
                "actor":{"id":"user-2","role":"PRIVACY_OFFICER"},"what":"GUARDIAN_CONTACTS","subject":"P-1",\
                "correlationId":"corr-2"}""");
    }

    @Test
    void a_read_and_an_erasure_differ_only_in_their_type_and_an_erasure_names_no_case() {
        Actor officer = new Actor("user-2", "PRIVACY_OFFICER");
        PersonalDataEvent read = PersonalDataEvent.read(AT, "board-1", "school-1", null, officer, "GUARDIAN_CONTACTS",
                "P-1", "corr-2");
        PersonalDataEvent erasure = PersonalDataEvent.erasure(AT, "board-1", "school-1", officer, "GUARDIAN_CONTACTS",
                "P-1", "corr-2");

        assertThat(read.type()).isEqualTo("PersonalDataRead");
        assertThat(erasure.type()).isEqualTo("PersonalDataErasure");
        assertThat(erasure.caseId()).isNull();
        assertThat(erasure).usingRecursiveComparison().ignoringFields("eventId", "type").isEqualTo(read);
        assertThat(erasure.eventId()).isNotEqualTo(read.eventId());
    }

    private String json(Object event) {
        return new String(serializer.serialize(Topics.PERSONAL_DATA_READS, event), StandardCharsets.UTF_8);
    }
}
