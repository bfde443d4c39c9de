package nl.schoolboard.sexting.systemtests;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventDeserializer;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.localstack.LocalStack;
import nl.schoolboard.sexting.localstack.ReceivedMail;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.schoolboard.sexting.systemtests.RunningSystem.caseEventOf;
import static nl.schoolboard.sexting.systemtests.RunningSystem.mailsAbout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the report's HTTP request to the mail it causes: the gateway starts the trace, case-service stores
 * its context with the event, the relay publishes the record in it ({@code traceparent}), and notification-service
 * continues it to the mail ({@code X-Trace-Id}). The caller sees the same id as {@code X-Correlation-Id}.
 */
class TracingSystemIT {

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    /** W3C trace context: version, trace id, parent span id, flags. */
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-0[01]");
    private static final Pattern MAIL_TRACE_HEADER = Pattern.compile("(?im)^X-Trace-Id:\\s*([0-9a-f]{32})\\s*$");

    static LocalStack stack;
    static GatewayClient leader;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = RunningSystem.stack();
        leader = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "user-leader-1", "SCHOOL_LEADER",
                "board-1", List.of("school-trace"));
    }

    @Test
    void one_trace_id_links_the_report_request_the_case_event_on_kafka_and_the_mail() {
        GatewayClient.ReportedCase reported = leader.report("school-trace", "P-9101", "P-9102");
        String traceId = reported.correlationId();
        assertThat(traceId).matches(TRACE_ID);

        ConsumerRecord<String, byte[]> record = caseEventOf(reported.caseId());
        Header traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("traceparent header on the case event").isNotNull();
        Matcher context = TRACEPARENT.matcher(new String(traceparent.value(), StandardCharsets.UTF_8));
        assertThat(context.matches()).as("a W3C traceparent").isTrue();
        assertThat(context.group(1)).as("trace id of the Kafka record").isEqualTo(traceId);
        CaseEvent event = new CaseEventDeserializer().deserialize(Topics.CASE_EVENTS, record.value());
        assertThat(event.correlationId()).as("correlation id in the event's envelope").isEqualTo(traceId);

        ReceivedMail mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsAbout(reported.caseId()), mails -> !mails.isEmpty()).get(0);
        assertThat(traceIdOf(mail)).as("X-Trace-Id of the mail").isEqualTo(traceId);
    }

    @Test
    void a_callers_traceparent_is_continued_through_to_the_response() {
        String callersTrace = UUID.randomUUID().toString().replace("-", "");
        GatewayClient.Response listed = leader.get("/api/cases",
                Map.of("traceparent", "00-" + callersTrace + "-00f067aa0ba902b7-01"));

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.header("X-Correlation-Id")).isEqualTo(callersTrace);
    }

    private static String traceIdOf(ReceivedMail mail) {
        try {
            Matcher header = MAIL_TRACE_HEADER.matcher(Files.readString(mail.file(), StandardCharsets.UTF_8));
            assertThat(header.find()).as("X-Trace-Id header in %s", mail.file()).isTrue();
            return header.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
