package nl.schoolboard.sexting.prevention.planning.kafka;

import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.prevention.planning.ActivityChange;
import nl.schoolboard.sexting.prevention.planning.ChangeType;
import nl.schoolboard.sexting.prevention.planning.PlanningEvents;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import nl.schoolboard.sexting.prevention.planning.Schedule;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes planning events on {@code prevention-events}, keyed by school id so that one school's events stay in
 * order. The event carries the activity as the change left it (status, due date, schedule), its id is the change's
 * (derived from the activity id and the change), {@code occurredAt} the stored time of the change and {@code actor}
 * the stored author of the change (the signed-in user, or prevention-service itself), so publishing the same change
 * again yields an identical event.
 */
@Component
record KafkaPlanningEvents(KafkaOperations<Object, Object> kafka,
                           @Value("${prevention.publish.acknowledge-timeout:10s}") Duration acknowledgeTimeout)
        implements PlanningEvents {

    /**
     * The published form of a change: codes, dates, numbers and references only. The activity's title, where it
     * takes place, who leads it and the words of a cancellation stay in this service; a cancellation goes out as
     * its code.
     */
    static PreventionEvent eventOf(PreventionActivity activity, ActivityChange change) {
        Schedule schedule = change.schedule();
        return new PreventionEvent(change.eventId(), eventType(change.type()), PreventionEvent.SCHEMA_VERSION,
                change.at(), activity.boardId(), activity.schoolId(), activity.id().value(), activity.kind().name(),
                change.status().name(), change.dueBy(), activity.sourceCaseId(), activity.yearGroups(),
                activity.reason().name(), activity.promptedByCaseId(), schedule == null ? null : schedule.date(),
                schedule == null ? null : schedule.startTime(), schedule == null ? null : schedule.endTime(),
                change.attendance(), change.cancellationCode() == null ? null : change.cancellationCode().name(),
                change.previousDate(), change.by() == null ? null : new Actor(change.by().id(), change.by().role()));
    }

    /** The contract's name of what happened: the domain's change types stay free of wire names. */
    private static String eventType(ChangeType type) {
        return switch (type) {
            case PLANNED -> PreventionEvent.ACTIVITY_PLANNED;
            case SCHEDULED -> PreventionEvent.ACTIVITY_SCHEDULED;
            case RESCHEDULED -> PreventionEvent.ACTIVITY_RESCHEDULED;
            case DUE_DATE_ADVANCED -> PreventionEvent.ACTIVITY_DUE_DATE_ADVANCED;
            case COMPLETED -> PreventionEvent.ACTIVITY_COMPLETED;
            case CANCELLED -> PreventionEvent.ACTIVITY_CANCELLED;
        };
    }

    @Override
    public void publish(PreventionActivity activity, ActivityChange change, String correlationId) {
        PreventionEvent event = eventOf(activity, change);
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
