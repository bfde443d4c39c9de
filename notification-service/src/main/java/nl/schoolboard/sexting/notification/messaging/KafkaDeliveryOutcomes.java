package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.NotificationEvent;
import nl.schoolboard.sexting.contracts.NotificationEvent.DeliveryRecorded;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.DeliveryOutcomes;
import nl.schoolboard.sexting.notification.delivery.FailureReason;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes delivery outcomes on {@value Topics#NOTIFICATION_EVENTS}, keyed by case id, and waits for the broker's
 * acknowledgement. Event ids are derived from the delivery (and, for a failure, its try count), so publishing the
 * same outcome again yields the same id and readers can drop the repeat.
 */
@Component
record KafkaDeliveryOutcomes(KafkaTemplate<String, Object> kafka) implements DeliveryOutcomes {

    /**
     * An alert merged into a digest rather than sent on its own. Not (yet) a constant in the contracts'
     * {@code NotificationEvent}; the event has the same shape as the other outcomes.
     */
    static final String NOTIFICATION_MERGED = "NotificationMerged";

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    @Override
    public void sent(Delivery delivery) {
        publish(delivery, NotificationEvent.NOTIFICATION_SENT, delivery.sentAt(), delivery.id() + "|sent");
    }

    @Override
    public void failed(Delivery delivery) {
        publish(delivery, NotificationEvent.NOTIFICATION_FAILED, delivery.failedAt(),
                delivery.id() + "|failed|" + delivery.attempts());
    }

    @Override
    public void merged(Delivery delivery) {
        publish(delivery, NOTIFICATION_MERGED, delivery.mergedAt(), delivery.id() + "|merged");
    }

    private void publish(Delivery delivery, String type, Instant occurredAt, String identity) {
        DeliveryRecorded event = new DeliveryRecorded(
                UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)),
                type,
                NotificationEvent.DELIVERY_RECORDED_VERSION,
                occurredAt,
                delivery.boardId(),
                delivery.schoolId(),
                delivery.caseId(),
                UUID.fromString(delivery.eventId()),
                delivery.channel().name(),
                delivery.recipientKind().name(),
                delivery.correlationId(),
                type.equals(NotificationEvent.NOTIFICATION_FAILED) ? failure(delivery) : null);
        ProducerRecord<String, Object> record =
                new ProducerRecord<>(Topics.NOTIFICATION_EVENTS, delivery.caseId(), NotificationEvent.write(event));
        header(record, RecordHeaders.EVENT_ID, event.eventId().toString());
        header(record, RecordHeaders.EVENT_TYPE, type);
        header(record, RecordHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        header(record, RecordHeaders.CORRELATION_ID, delivery.correlationId());
        try {
            kafka.send(record).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + type, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(type + " for case " + delivery.caseId() + " could not be published", e);
        }
    }

    private static String failure(Delivery delivery) {
        FailureReason reason = delivery.failureReason();
        return (reason != null ? reason : FailureReason.UNKNOWN).name();
    }

    private static void header(ProducerRecord<String, Object> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
