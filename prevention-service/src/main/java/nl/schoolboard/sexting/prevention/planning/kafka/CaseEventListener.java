package nl.schoolboard.sexting.prevention.planning.kafka;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.contracts.payload.YearGroup;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.prevention.planning.ActivityPlanner;
import nl.schoolboard.sexting.prevention.planning.ReportedIncident;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Reads {@code case-events} (consumer group {@code prevention-service}, from spring.kafka.consumer.group-id) and
 * hands the events planning acts on to the {@link ActivityPlanner}. Event types it does not act on are skipped
 * (tolerant reader); an {@code IncidentReported} at a schema version it does not know, or with a payload it cannot
 * read, is a {@link MalformedCaseEvent} and goes to the dead-letter topic. Failures propagate, so the container's error handler
 * retries or dead-letters the record and its offset is committed only after it was handled.
 */
@Component
record CaseEventListener(ActivityPlanner planner) {

    private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

    @KafkaListener(id = "prevention-case-events", idIsGroup = false, topics = Topics.CASE_EVENTS)
    void on(ConsumerRecord<String, CaseEvent> record) {
        CaseEvent event = record.value();
        // the container continues the record's trace (traceparent header); the envelope names the report's trace id
        reportedIncident(event, event.correlationId()).ifPresentOrElse(planner::incidentReported, () -> log.debug(
                "Skipping {} {} of case {}: nothing to plan", event.type(), event.eventId(), event.caseId()));
    }

    /**
     * What planning needs of {@code event}, if it is a report; the payload is read through the contract, which
     * refuses a schema version or a payload it cannot read ({@link MalformedCaseEvent}).
     */
    static Optional<ReportedIncident> reportedIncident(CaseEvent event, String correlationId) {
        if (!CaseEventType.INCIDENT_REPORTED.is(event)) {
            return Optional.empty();
        }
        IncidentReportedPayload payload = CaseEventJson.payload(event, IncidentReportedPayload.class);
        List<String> yearGroups = payload.yearGroups() == null ? List.of()
                : payload.yearGroups().stream().map(YearGroup::value).toList();
        return Optional.of(new ReportedIncident(event.eventId(), event.caseId(), event.boardId(), event.schoolId(),
                event.occurredAt(), yearGroups, payload.minorNudeInvolved(), correlationId));
    }
}
