package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.ContractJsonSerializer;
import nl.schoolboard.sexting.contracts.PersonalDataErasure;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.audit.ErasureNotRecorded;
import nl.schoolboard.sexting.notification.audit.PersonalDataErasures;
import nl.schoolboard.sexting.platform.identity.RequestActor;
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
 * Publishes each erasure as a {@link PersonalDataErasure} on {@value Topics#PERSONAL_DATA_READS} (where the case
 * service's audit trail reads the reads too), keyed by the school id, and waits for the broker's acknowledgement
 * ({@code notification.audit.read-record-timeout}) before anything is erased. Names the officer by user id and role
 * and the pupil by reference: never a name or an address.
 */
@Component
class KafkaPersonalDataErasures implements PersonalDataErasures {

    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration timeout;
    private final ContractJsonSerializer json = new ContractJsonSerializer();

    KafkaPersonalDataErasures(KafkaTemplate<String, Object> kafka, Clock clock,
                              @Value("${notification.audit.read-record-timeout:PT5S}") Duration timeout) {
        this.kafka = kafka;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public void record(RequestActor officer, String schoolId, String what, String subject) {
        PersonalDataErasure erasure = new PersonalDataErasure(UUID.randomUUID(), PersonalDataErasure.TYPE,
                PersonalDataErasure.VERSION, clock.instant(), officer.boardId(), schoolId, null,
                new Actor(officer.userId(), officer.role().name()), what, subject, officer.correlationId());
        try {
            ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.PERSONAL_DATA_READS, schoolId,
                    json.serialize(Topics.PERSONAL_DATA_READS, erasure));
            header(record, RecordHeaders.EVENT_ID, erasure.eventId().toString());
            header(record, RecordHeaders.EVENT_TYPE, PersonalDataErasure.TYPE);
            header(record, RecordHeaders.SCHEMA_VERSION, Integer.toString(PersonalDataErasure.VERSION));
            header(record, RecordHeaders.CORRELATION_ID, officer.correlationId());
            kafka.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ErasureNotRecorded(e);
        } catch (Exception e) {
            throw new ErasureNotRecorded(e);
        }
    }

    private static void header(ProducerRecord<String, Object> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
