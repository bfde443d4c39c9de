package nl.schoolboard.sexting.prevention.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventSerializer;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.prevention.planning.SchoolOfAnotherBoard;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.platform.kafka.DeadLetterReason;
import nl.schoolboard.sexting.platform.kafka.DeadLetterRecoverer;
import nl.schoolboard.sexting.platform.kafka.RetryBackOff;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka wiring shared by the features. Values of {@code case-events} are read with {@code CaseEventDeserializer}
 * wrapped in spring-kafka's {@code ErrorHandlingDeserializer} (see application.yml), so an unreadable record reaches
 * the error handler instead of stopping the consumer. The error handler
 * <ul>
 *     <li>sends records that can never succeed (not JSON, envelope incomplete, payload or schema version unknown:
 *     {@code DeserializationException}, {@link MalformedCaseEvent}) straight to {@value Topics#CASE_EVENTS_DEAD_LETTER},
 *     without retrying, and carries on with the next record;</li>
 *     <li>retries every other failure with exponential back-off ({@link CaseEventsConsumerProperties}), then sends
 *     the record to the dead-letter topic as well.</li>
 * </ul>
 * Dead letters keep the original bytes and spring-kafka's exception headers, and carry the reason in the contract's
 * words; Kafka picks their partition (by key), so the dead-letter topic need not have as many partitions as
 * {@code case-events} (platform's {@link DeadLetterRecoverer}).
 */
@Configuration(proxyBeanMethods = false)
class KafkaMessagingConfiguration {

    /** The meter of records sent to the dead-letter topic since start; an alert fires on any increase. */
    static final String DEAD_LETTERS = "prevention.dead.letters";

    /** The name this service signs its records with. */
    static final String PRODUCER = "prevention-service";

    /**
     * One producer for everything this service writes: its own events and dead letters (raw or parsed), each signed
     * as prevention-service's ({@code prevention.audit.signing-key}, base64; the development key when unset, refused
     * in the prod profile), so the audit trail records them and nothing forged.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer valueSerializers(@Value("${prevention.audit.signing-key:}") String signingKey,
                                                           Environment environment) {
        byte[] key = RecordSignature.keyFor(PRODUCER, signingKey, environment.acceptsProfiles(Profiles.of("prod")),
                "prevention.audit.signing-key");
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(CaseEvent.class, new CaseEventSerializer());
        byType.put(PreventionEvent.class, (Serializer<PreventionEvent>) (topic, event) -> writeJson(event));
        Serializer<Object> serializer = RecordSignature.signing(new DelegatingByTypeSerializer(byType), PRODUCER, key);
        return factory -> {
            @SuppressWarnings("unchecked")
            DefaultKafkaProducerFactory<Object, Object> typed = (DefaultKafkaProducerFactory<Object, Object>) factory;
            typed.setValueSerializer(serializer);
        };
    }

    @Bean
    DefaultErrorHandler caseEventsErrorHandler(KafkaOperations<Object, Object> kafka,
                                               CaseEventsConsumerProperties retry, MeterRegistry meters) {
        return new DeadLetterRecoverer(kafka, Topics.CASE_EVENTS_DEAD_LETTER,
                DeadLetterReason.tellingFirst(MalformedCaseEvent.class), meters, DEAD_LETTERS)
                .errorHandler(new RetryBackOff(retry.initialInterval(), retry.multiplier(), retry.maxInterval())
                        .forAtMost(retry.maxElapsed()), MalformedCaseEvent.class, SchoolOfAnotherBoard.class);
    }

    private static byte[] writeJson(PreventionEvent event) {
        try {
            return event == null ? null : CaseEventJson.mapper().writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("a prevention event could not be written as JSON", e);
        }
    }
}
