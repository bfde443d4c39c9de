package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every stored case event to Kafka, in the order of the event store, keyed by case id.
 *
 * <p>Delivery is at-least-once. This handler runs in a streaming event processor whose token is stored only after
 * the handler returns; it returns only after the broker acknowledged the record (acks=all, idempotent producer).
 * A failure propagates (see {@link RelayConfiguration}), so the processor retries from the last stored token
 * instead of skipping. A crash between the acknowledgement and the token update re-sends that record on restart;
 * consumers are idempotent on the event id, which is the stored event's id and so the same on every re-send.</p>
 */
@Component
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
class KafkaRelay {

    static final String PROCESSING_GROUP = "kafka-relay";
    private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);

    private final KafkaTemplate<String, Object> kafka;
    private final Duration acknowledgementTimeout;

    KafkaRelay(KafkaTemplate<String, Object> kafka,
               @Value("${case.relay.acknowledgement-timeout:PT30S}") Duration acknowledgementTimeout) {
        this.kafka = kafka;
        this.acknowledgementTimeout = acknowledgementTimeout;
    }

    @EventHandler
    void relay(Object payload, DomainEventMessage<?> message) {
        CaseEventMapper.toIntegrationEvent(message).ifPresent(this::publishAndAwaitAcknowledgement);
    }

    private void publishAndAwaitAcknowledgement(CaseEvent event) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.CASE_EVENTS, event.caseId(), event);
        header(record, RecordHeaders.EVENT_ID, event.eventId().toString());
        header(record, RecordHeaders.EVENT_TYPE, event.type());
        header(record, RecordHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        if (event.correlationId() != null) {
            header(record, RecordHeaders.CORRELATION_ID, event.correlationId());
        }
        try {
            kafka.send(record).get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
            log.debug("relayed {} {} of case {} v{}", event.type(), event.eventId(), event.caseId(), event.caseVersion());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayFailed(event, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new RelayFailed(event, e);
        }
    }

    private static void header(ProducerRecord<String, Object> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
