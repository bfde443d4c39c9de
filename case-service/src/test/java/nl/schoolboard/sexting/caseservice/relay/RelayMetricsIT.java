package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.support.CaseEventsReader;
import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static nl.schoolboard.sexting.caseservice.support.Reports.A_NUDE_ON_SNAPCHAT;
import static org.assertj.core.api.Assertions.assertThat;

/** What a monitor scrapes from case-service: the relay lag, command handling, without a token. */
class RelayMetricsIT extends RunningCaseService {

    @Test
    void the_prometheus_endpoint_shows_the_relay_lag_of_a_relayed_report_and_the_command_handling() {
        Http.Response accepted = http().post("/api/cases", A_NUDE_ON_SNAPCHAT,
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
