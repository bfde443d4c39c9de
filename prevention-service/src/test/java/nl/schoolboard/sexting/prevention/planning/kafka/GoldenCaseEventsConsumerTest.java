package nl.schoolboard.sexting.prevention.planning.kafka;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventDeserializer;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.GoldenCaseEvents;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.prevention.planning.ReportedIncident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consumer's side of the contract: the golden files the case service is tested against, read the way the
 * Kafka listener reads them ({@link CaseEventDeserializer}), turned into what planning acts on.
 */
class GoldenCaseEventsConsumerTest {

    @Test
    void a_reported_incident_gives_planning_its_school_year_groups_and_minor_nude_flag() {
        ReportedIncident incident = CaseEventListener
                .reportedIncident(golden(CaseEventType.INCIDENT_REPORTED), "corr-42").orElseThrow();

        assertThat(incident).isEqualTo(new ReportedIncident(UUID.fromString("3f6c1e7a-2b4d-4c8e-9a1f-5d7e8b9c0a12"),
                "7d2f4a10-8c3b-4e5f-a6b7-c8d9e0f1a2b3", "board-1", "school-1", Instant.parse("2026-11-20T09:15:00Z"),
                java.util.List.of("3", "havo 4"), true, "corr-42"));
    }

    @ParameterizedTest
    @EnumSource(value = CaseEventType.class, names = "INCIDENT_REPORTED", mode = EnumSource.Mode.EXCLUDE)
    void every_other_published_type_is_read_and_skipped(CaseEventType type) {
        assertThat(CaseEventListener.reportedIncident(golden(type), null)).isEmpty();
    }

    @Test
    void fields_and_types_added_later_by_the_producer_are_ignored() throws IOException {
        ObjectNode newer = tree(CaseEventType.INCIDENT_REPORTED);
        newer.put("addedLater", true);
        ((ObjectNode) newer.get("payload")).put("schoolYear", "2026-2027");
        ObjectNode unknown = tree(CaseEventType.INCIDENT_REPORTED).put("type", "IncidentReportedAgain");

        assertThat(CaseEventListener.reportedIncident(read(newer), null)).get()
                .extracting(ReportedIncident::minorNudeInvolved).isEqualTo(true);
        assertThat(CaseEventListener.reportedIncident(read(unknown), null)).isEmpty();
    }

    @Test
    void a_report_at_a_schema_version_this_service_does_not_know_is_malformed() throws IOException {
        ObjectNode newer = tree(CaseEventType.INCIDENT_REPORTED).put("schemaVersion", 2);

        assertThatThrownBy(() -> CaseEventListener.reportedIncident(read(newer), null))
                .isInstanceOf(MalformedCaseEvent.class).hasMessageContaining("v2");
    }

    private static CaseEvent golden(CaseEventType type) {
        return read(GoldenCaseEvents.bytes(type));
    }

    private static ObjectNode tree(CaseEventType type) throws IOException {
        return (ObjectNode) CaseEventJson.mapper().readTree(GoldenCaseEvents.bytes(type));
    }

    private static CaseEvent read(ObjectNode json) {
        try {
            return read(CaseEventJson.mapper().writeValueAsBytes(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CaseEvent read(byte[] value) {
        try (CaseEventDeserializer deserializer = new CaseEventDeserializer()) {
            return deserializer.deserialize(Topics.CASE_EVENTS, value);
        }
    }
}
