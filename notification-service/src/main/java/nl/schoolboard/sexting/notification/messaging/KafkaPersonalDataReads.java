package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.ContractJsonSerializer;
import nl.schoolboard.sexting.contracts.PersonalDataRead;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.notification.audit.PersonalDataReads;
import nl.schoolboard.sexting.notification.audit.ReadNotRecorded;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Publishes each read of personal data as a {@link PersonalDataRead} on {@value Topics#PERSONAL_DATA_READS}, keyed
 * by the school id, in the contracts' JSON, and waits for the broker's acknowledgement
 * ({@code notification.audit.read-record-timeout}, 5 s) before the data is handed out. The event names the reader
 * by user id and role and the pupil by reference: never a name or an address.
 */
@Component
class KafkaPersonalDataReads implements PersonalDataReads {

    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration timeout;
    private final ContractJsonSerializer json = new ContractJsonSerializer();

    KafkaPersonalDataReads(KafkaTemplate<String, Object> kafka, Clock clock,
                           @Value("${notification.audit.read-record-timeout:PT5S}") Duration timeout) {
        this.kafka = kafka;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public void record(RequestActor reader, String schoolId, String what, String subject) {
        PersonalDataRead read = new PersonalDataRead(UUID.randomUUID(), PersonalDataRead.TYPE,
                PersonalDataRead.VERSION, clock.instant(), reader.boardId(), schoolId, null,
                new Actor(reader.userId(), reader.role().name()), what, subject, reader.correlationId());
        try {
            ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.PERSONAL_DATA_READS, schoolId,
                    json.serialize(Topics.PERSONAL_DATA_READS, read));
            header(record, RecordHeaders.EVENT_ID, read.eventId().toString());
            header(record, RecordHeaders.EVENT_TYPE, PersonalDataRead.TYPE);
            header(record, RecordHeaders.SCHEMA_VERSION, Integer.toString(PersonalDataRead.VERSION));
            header(record, RecordHeaders.CORRELATION_ID, reader.correlationId());
            kafka.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadNotRecorded(e);
        } catch (Exception e) {
            throw new ReadNotRecorded(e);
        }
    }

    private static void header(ProducerRecord<String, Object> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
