package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.support.CaseEventsReader;
import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a monitor scrapes from case-service: the relay lag, command handling, without a token. */
class RelayMetricsIT extends RunningCaseService {

    private static final String REPORT = """
            {"schoolId":"school-1","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"VICTIM_TOLD_STAFF",
             "materialKind":"PHOTO","platforms":["SNAPCHAT"],"minorNudeInvolved":true,
             "involvedPupils":[{"pupilRef":"P-2001","role":"VICTIM"},{"pupilRef":"P-2002","role":"SENDER"}],
             "yearGroups":["3"]}""";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> InMemoryMongo.uri("relay-metrics"));
    }

    @Test
    void the_prometheus_endpoint_shows_the_relay_lag_of_a_relayed_report_and_the_command_handling() {
        Http.Response accepted = http().post("/api/cases", REPORT,
                Http.caller("user-leader-1", "SCHOOL_LEADER", "board-1", "school-1"));
        assertThat(accepted.status()).isEqualTo(201);
        String caseId = accepted.json().get("caseId").asText();
        try (CaseEventsReader reader = new CaseEventsReader(kafka)) {
            reader.readUntil(all -> all.stream().anyMatch(r -> r.key().equals(caseId)), Duration.ofSeconds(30));
        }

        Http.Response scraped = http().get("/actuator/prometheus", Map.of());

        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body())
                .containsPattern("(?m)^case_relay_lag_seconds_count(\\{[^}]*})? [1-9]")
                .contains("case_relay_lag_seconds_bucket")
                .contains("case_relay_publish_seconds_count{error=\"none\",event_type=\"IncidentReported\"}")
                // Axon's command bus, per command type
                .containsPattern("(?m)^commandBus_successCounter_total\\{payloadType=\"ReportIncident\"} [1-9]");
    }
}
