package nl.schoolboard.sexting.prevention.planning.kafka;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventTypes;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.platform.tracing.Correlation;
import nl.schoolboard.sexting.prevention.planning.ActivityPlanner;
import nl.schoolboard.sexting.prevention.planning.ReportedIncident;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code case-events} (consumer group {@code prevention-service}, from spring.kafka.consumer.group-id) and
 * hands the events planning acts on to the {@link ActivityPlanner}. Event types it does not act on are skipped
 * (tolerant reader); an {@code IncidentReported} at a schema version it does not know, or with a payload it cannot
 * read, is malformed and goes to the dead-letter topic. Failures propagate, so the container's error handler
 * retries or dead-letters the record and its offset is committed only after it was handled.
 */
@Component
class CaseEventListener {

    private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

    private final ActivityPlanner planner;

    CaseEventListener(ActivityPlanner planner) {
        this.planner = planner;
    }

    @KafkaListener(id = "prevention-case-events", idIsGroup = false, topics = Topics.CASE_EVENTS)
    void on(ConsumerRecord<String, CaseEvent> record) {
        CaseEvent event = record.value();
        String correlationId = Correlation.fromHeaders(record.headers()).orElse(event.correlationId());
        try (Correlation.Scope ignored = Correlation.open(correlationId)) {
            if (!CaseEventTypes.INCIDENT_REPORTED.equals(event.type())) {
                log.debug("Skipping {} {} of case {}: nothing to plan", event.type(), event.eventId(), event.caseId());
                return;
            }
            if (event.schemaVersion() != CaseEventTypes.INCIDENT_REPORTED_VERSION) {
                throw new MalformedCaseEvent(event.type() + " v" + event.schemaVersion()
                        + " is not a version prevention-service can read (it reads v"
                        + CaseEventTypes.INCIDENT_REPORTED_VERSION + ")");
            }
            IncidentReportedPayload payload = CaseEventJson.payload(event, IncidentReportedPayload.class);
            planner.incidentReported(new ReportedIncident(event.eventId(), event.caseId(), event.boardId(),
                    event.schoolId(), event.occurredAt(), payload.yearGroups(), payload.minorNudeInvolved(),
                    correlationId));
        }
    }
}
