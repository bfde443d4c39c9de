package nl.schoolboard.sexting.caseservice.relay;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 *
 * <p>Each event is relayed in the trace of the request that caused it: the observation {@value #OBSERVATION}
 * continues the trace context stored in the event's metadata ({@link TraceContextMetaData}), and the Kafka template
 * puts it on the record as {@code traceparent}. The time from the event being stored to the broker's acknowledgement
 * is the relay lag ({@value #LAG}), what a consumer waits on top of its own work.</p>
 */
@Component
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
class KafkaRelay {

    static final String PROCESSING_GROUP = "kafka-relay";
    static final String OBSERVATION = "case.relay.publish";
    static final String LAG = "case.relay.lag";
    private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);

    private final KafkaTemplate<String, Object> kafka;
    private final Duration acknowledgementTimeout;
    private final ObservationRegistry observations;
    private final Clock clock;
    private final Timer lag;

    KafkaRelay(KafkaTemplate<String, Object> kafka,
               @Value("${case.relay.acknowledgement-timeout:PT30S}") Duration acknowledgementTimeout,
               ObservationRegistry observations, MeterRegistry meters, Clock clock) {
        this.kafka = kafka;
        this.acknowledgementTimeout = acknowledgementTimeout;
        this.observations = observations;
        this.clock = clock;
        this.lag = Timer.builder(LAG)
                .description("From a case event being stored to the broker acknowledging its record")
                .publishPercentileHistogram()
                .register(meters);
    }

    @EventHandler
    void relay(Object payload, DomainEventMessage<?> message) {
        CaseEventMapper.toIntegrationEvent(message).ifPresent(event -> {
            inTraceOf(message.getMetaData(), event).observe(() -> publishAndAwaitAcknowledgement(event));
            lag.record(Duration.between(message.getTimestamp(), clock.instant()));
        });
    }

    /** An observation that continues the trace stored with the event, as a consumer continues a record's. */
    private Observation inTraceOf(MetaData meta, CaseEvent event) {
        ReceiverContext<MetaData> stored = new ReceiverContext<>(KafkaRelay::metaDataEntry);
        stored.setCarrier(meta);
        stored.setRemoteServiceName("event-store");
        return Observation.createNotStarted(OBSERVATION, () -> stored, observations)
                .contextualName("relay " + event.type())
                .lowCardinalityKeyValue("event.type", event.type());
    }

    private static String metaDataEntry(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    private void publishAndAwaitAcknowledgement(CaseEvent event) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.CASE_EVENTS, event.caseId(), event);
        header(record, RecordHeaders.EVENT_ID, event.eventId().toString());
        header(record, RecordHeaders.EVENT_TYPE, event.type());
        header(record, RecordHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
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
