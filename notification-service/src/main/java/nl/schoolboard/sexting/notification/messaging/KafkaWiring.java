package nl.schoolboard.sexting.notification.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventSerializer;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.delivery.Deliveries;
import nl.schoolboard.sexting.notification.delivery.DeliveryFailed;
import nl.schoolboard.sexting.platform.kafka.DeadLetterReason;
import nl.schoolboard.sexting.platform.kafka.DeadLetterRecoverer;
import nl.schoolboard.sexting.platform.kafka.RetryBackOff;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka wiring beyond Spring Boot's defaults (consumer settings are in {@code application.yml}):
 * <ul>
 *   <li>one producer for outcomes and for reads of personal data (values already JSON bytes) and for dead
 *       letters (raw bytes of a poison record, or the {@link CaseEvent} that could not be handled);</li>
 *   <li>the error handler: a record whose handling throws is tried again with exponential back-off
 *       ({@code notification.retry.*}); then its deliveries are given up ({@link GiveUpDeliveries}) and it goes
 *       to {@value Topics#CASE_EVENTS_DEAD_LETTER} (platform's {@link DeadLetterRecoverer}). Records that can never
 *       succeed (not JSON, envelope fields missing, payload unreadable) are not retried but dead-lettered at once,
 *       and the consumer carries on with the next record.</li>
 * </ul>
 */
@Configuration
class KafkaWiring {

    /** The meter of records sent to the dead-letter topic since start; an alert fires on any increase. */
    static final String DEAD_LETTERS = "notification.dead.letters";

    /** The name this service signs its records with. */
    static final String PRODUCER = "notification-service";

    /**
     * Every record leaves signed as notification-service's ({@code notification.audit.signing-key}, base64; the
     * development key when unset, refused in the prod profile), so the audit trail records it and nothing forged.
     */
    @Bean
    ProducerFactory<String, Object> kafkaProducerFactory(KafkaProperties properties, ObjectProvider<SslBundles> ssl,
                                                         @Value("${notification.audit.signing-key:}") String signingKey,
                                                         Environment environment) {
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(CaseEvent.class, new CaseEventSerializer());
        byte[] key = RecordSignature.keyFor(PRODUCER, signingKey, environment.acceptsProfiles(Profiles.of("prod")),
                "notification.audit.signing-key");
        return new DefaultKafkaProducerFactory<>(properties.buildProducerProperties(ssl.getIfAvailable()),
                new StringSerializer(), RecordSignature.signing(new DelegatingByTypeSerializer(byType), PRODUCER, key));
    }

    @Bean
    KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producerFactory) {
        KafkaTemplate<String, Object> template = new KafkaTemplate<>(producerFactory);
        // what this service publishes continues the trace it handles (traceparent header on every record)
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    DefaultErrorHandler caseEventsErrorHandler(KafkaTemplate<String, Object> kafkaTemplate, Deliveries deliveries,
                                               NotificationProperties properties, MeterRegistry meters) {
        NotificationProperties.Retry retry = properties.retry();
        return new DeadLetterRecoverer(kafkaTemplate, Topics.CASE_EVENTS_DEAD_LETTER,
                DeadLetterReason.tellingFirst(MalformedCaseEvent.class, DeliveryFailed.class), meters, DEAD_LETTERS,
                new GiveUpDeliveries(deliveries))
                .errorHandler(new RetryBackOff(retry.initialInterval(), retry.multiplier(), retry.maxInterval())
                        .upToAttempts(retry.maxAttempts()), DeserializationException.class, MalformedCaseEvent.class);
    }
}
