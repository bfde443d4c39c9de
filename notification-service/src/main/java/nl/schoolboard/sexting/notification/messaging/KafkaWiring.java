package nl.schoolboard.sexting.notification.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventSerializer;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.delivery.Deliveries;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
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
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka wiring beyond Spring Boot's defaults (consumer settings are in {@code application.yml}):
 * <ul>
 *   <li>one producer for outcomes and for reads of personal data (values already JSON bytes) and for dead
 *       letters (raw bytes of a poison record, or the {@link CaseEvent} that could not be handled);</li>
 *   <li>the error handler: a record whose handling throws is tried again with exponential back-off
 *       ({@code notification.retry.*}); then {@link GiveUpThenDeadLetter}. Records that can never succeed (not
 *       JSON, envelope fields missing, payload unreadable) are not retried but dead-lettered at once, and the
 *       consumer carries on with the next record.</li>
 * </ul>
 * Dead letters go to {@value Topics#CASE_EVENTS_DEAD_LETTER} with the partition left to Kafka's partitioner (by
 * key), so the dead-letter topic need not have as many partitions as {@value Topics#CASE_EVENTS}.
 */
@Configuration
class KafkaWiring {

    /** Header on a dead letter saying in one line why it could not be handled (next to spring-kafka's own). */
    static final String DEAD_LETTER_REASON = "dead-letter-reason";

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
        DeadLetterPublishingRecoverer deadLetter = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, exception) -> new TopicPartition(Topics.CASE_EVENTS_DEAD_LETTER, -1));
        deadLetter.setHeadersFunction((record, exception) -> {
            Headers headers = new org.apache.kafka.common.header.internals.RecordHeaders();
            headers.add(DEAD_LETTER_REASON, DeadLetterReason.of(exception).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        NotificationProperties.Retry retry = properties.retry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxAttempts() - 1);
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(new GiveUpThenDeadLetter(deliveries, deadLetter, meters), backOff);
        handler.addNotRetryableExceptions(DeserializationException.class, MalformedCaseEvent.class);
        return handler;
    }
}
