package nl.schoolboard.sexting.prevention.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventSerializer;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.prevention.planning.SchoolOfAnotherBoard;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

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
 * Dead letters keep the original bytes and spring-kafka's exception headers; Kafka picks their partition (by key),
 * so the dead-letter topic need not have as many partitions as {@code case-events}.
 */
@Configuration(proxyBeanMethods = false)
class KafkaMessagingConfiguration {

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
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxElapsedTime(retry.maxElapsed().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(new LoggedDeadLetterRecoverer(kafka, meters), backOff);
        handler.addNotRetryableExceptions(MalformedCaseEvent.class, SchoolOfAnotherBoard.class);
        return handler;
    }

    private static byte[] writeJson(PreventionEvent event) {
        try {
            return event == null ? null : CaseEventJson.mapper().writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("a prevention event could not be written as JSON", e);
        }
    }

    /**
     * Dead-letters a record, says so in the log with the reason in the contract's words, and counts it
     * ({@value #DEAD_LETTERS}: each one needs a person to look at it).
     */
    static final class LoggedDeadLetterRecoverer extends DeadLetterPublishingRecoverer {

        static final String DEAD_LETTERS = "prevention.dead.letters";
        private static final Logger log = LoggerFactory.getLogger(LoggedDeadLetterRecoverer.class);

        private final Counter deadLetters;

        LoggedDeadLetterRecoverer(KafkaOperations<Object, Object> kafka, MeterRegistry meters) {
            super(kafka, (record, exception) -> new TopicPartition(Topics.CASE_EVENTS_DEAD_LETTER, -1));
            this.deadLetters = Counter.builder(DEAD_LETTERS)
                    .description("Records of the case events topic sent to its dead-letter topic")
                    .tag("topic", Topics.CASE_EVENTS_DEAD_LETTER)
                    .register(meters);
        }

        @Override
        public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
            log.warn("Record {}-{}@{} (key {}) cannot be handled and goes to {}: {}", record.topic(),
                    record.partition(), record.offset(), record.key(), Topics.CASE_EVENTS_DEAD_LETTER,
                    rootMessage(exception));
            super.accept(record, consumer, exception);
            deadLetters.increment();
        }

        /** The contract's own words when the record is malformed, else the innermost cause. */
        private static String rootMessage(Throwable exception) {
            Throwable cause = exception;
            while (true) {
                if (cause instanceof MalformedCaseEvent || cause.getCause() == null || cause.getCause() == cause) {
                    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
                }
                cause = cause.getCause();
            }
        }
    }
}
