package nl.schoolboard.sexting.prevention.planning.kafka;

import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.prevention.planning.PlanningEvents;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes planning events on {@code prevention-events}, keyed by school id so that one school's events stay in
 * order. The event id is a name-based UUID of the activity id and what happened ({@code <activityId>:PLANNED}), and
 * {@code occurredAt} is the stored planning time, so publishing the same activity again yields an identical event.
 */
@Component
class KafkaPlanningEvents implements PlanningEvents {

    private final KafkaOperations<Object, Object> kafka;
    private final Duration acknowledgeTimeout;

    KafkaPlanningEvents(KafkaOperations<Object, Object> kafka,
                        @Value("${prevention.publish.acknowledge-timeout:10s}") Duration acknowledgeTimeout) {
        this.kafka = kafka;
        this.acknowledgeTimeout = acknowledgeTimeout;
    }

    static UUID plannedEventId(PreventionActivity activity) {
        return UUID.nameUUIDFromBytes((activity.id().value() + ":PLANNED").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void activityPlanned(PreventionActivity activity, String correlationId) {
        PreventionEvent event = new PreventionEvent(plannedEventId(activity), PreventionEvent.ACTIVITY_PLANNED,
                PreventionEvent.ACTIVITY_PLANNED_VERSION, activity.plannedAt(), activity.boardId(),
                activity.schoolId(), activity.id().value(), activity.kind().name(), activity.status().name(),
                activity.dueBy(), activity.sourceCaseId());
        ProducerRecord<Object, Object> record = new ProducerRecord<>(Topics.PREVENTION_EVENTS, activity.schoolId(),
                event);
        header(record, RecordHeaders.EVENT_ID, event.eventId().toString());
        header(record, RecordHeaders.EVENT_TYPE, event.type());
        header(record, RecordHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        if (correlationId != null) {
            header(record, RecordHeaders.CORRELATION_ID, correlationId);
        }
        try {
            kafka.send(record).get(acknowledgeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + event.type() + " " + event.eventId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge " + event.type() + " " + event.eventId(), e);
        }
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
