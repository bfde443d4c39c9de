package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.ContractJsonSerializer;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Puts one record for the case service's audit trail on {@value Topics#PERSONAL_DATA_READS}, keyed by the school id,
 * in the contracts' JSON, and waits for the broker's acknowledgement ({@code notification.audit.read-record-timeout},
 * 5 s): what it records (a read, an erasure) happens only once the trail has it. A record that cannot be delivered
 * is thrown as the caller's own exception.
 */
@Component
class AuditRecordPublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final Duration timeout;
    private final ContractJsonSerializer json = new ContractJsonSerializer();

    AuditRecordPublisher(KafkaTemplate<String, Object> kafka,
                         @Value("${notification.audit.read-record-timeout:PT5S}") Duration timeout) {
        this.kafka = kafka;
        this.timeout = timeout;
    }

    <E extends RuntimeException> void publish(String schoolId, UUID eventId, String type, int schemaVersion,
                                              String correlationId, Object record,
                                              Function<Exception, E> notRecorded) {
        try {
            ProducerRecord<String, Object> message = new ProducerRecord<>(Topics.PERSONAL_DATA_READS, schoolId,
                    json.serialize(Topics.PERSONAL_DATA_READS, record));
            header(message, RecordHeaders.EVENT_ID, eventId.toString());
            header(message, RecordHeaders.EVENT_TYPE, type);
            header(message, RecordHeaders.SCHEMA_VERSION, Integer.toString(schemaVersion));
            header(message, RecordHeaders.CORRELATION_ID, correlationId);
            kafka.send(message).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notRecorded.apply(e);
        } catch (Exception e) {
            throw notRecorded.apply(e);
        }
    }

    private static void header(ProducerRecord<String, Object> message, String name, String value) {
        if (value != null) {
            message.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
