package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.ContractJsonSerializer;
import nl.schoolboard.sexting.contracts.PersonalDataEvent;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.audit.ErasureNotRecorded;
import nl.schoolboard.sexting.notification.audit.PersonalDataErasures;
import nl.schoolboard.sexting.notification.audit.PersonalDataReads;
import nl.schoolboard.sexting.notification.audit.ReadNotRecorded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The case service's audit trail as this service writes to it: each read of personal data and each erasure, a
 * {@link PersonalDataEvent} of either type, is put on {@value Topics#PERSONAL_DATA_READS}, keyed by the school id,
 * in the contracts' JSON, and the broker's acknowledgement is awaited ({@code notification.audit.read-record-timeout},
 * 5 s): what is recorded happens only once the trail has it. A record that cannot be delivered is thrown as
 * {@link ReadNotRecorded} or {@link ErasureNotRecorded}. A record names the person by user id and role and the pupil
 * by reference: never a name or an address.
 */
@Configuration(proxyBeanMethods = false)
class KafkaAuditTrail {

    private final KafkaTemplate<String, Object> kafka;
    private final Duration timeout;
    private final Clock clock;
    private final ContractJsonSerializer json = new ContractJsonSerializer();

    KafkaAuditTrail(KafkaTemplate<String, Object> kafka,
                    @Value("${notification.audit.read-record-timeout:PT5S}") Duration timeout, Clock clock) {
        this.kafka = kafka;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Bean
    PersonalDataReads personalDataReads() {
        return new Reads();
    }

    @Bean
    PersonalDataErasures personalDataErasures() {
        return new Erasures();
    }

    /** Recorded before the data is handed out. */
    private final class Reads implements PersonalDataReads {

        @Override
        public void record(RequestActor reader, String schoolId, String what, String subject) {
            publish(PersonalDataEvent.read(clock.instant(), reader.boardId(), schoolId, null, actor(reader), what,
                    subject, reader.correlationId()), ReadNotRecorded::new);
        }
    }

    /** Recorded, beside the reads, before anything is erased. */
    private final class Erasures implements PersonalDataErasures {

        @Override
        public void record(RequestActor officer, String schoolId, String what, String subject) {
            publish(PersonalDataEvent.erasure(clock.instant(), officer.boardId(), schoolId, actor(officer), what,
                    subject, officer.correlationId()), ErasureNotRecorded::new);
        }
    }

    private static Actor actor(RequestActor person) {
        return new Actor(person.userId(), person.role().name());
    }

    private <E extends RuntimeException> void publish(PersonalDataEvent event, Function<Exception, E> notRecorded) {
        try {
            ProducerRecord<String, Object> message = new ProducerRecord<>(Topics.PERSONAL_DATA_READS, event.schoolId(),
                    json.serialize(Topics.PERSONAL_DATA_READS, event));
            header(message, RecordHeaders.EVENT_ID, event.eventId().toString());
            header(message, RecordHeaders.EVENT_TYPE, event.type());
            header(message, RecordHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
            header(message, RecordHeaders.CORRELATION_ID, event.correlationId());
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
