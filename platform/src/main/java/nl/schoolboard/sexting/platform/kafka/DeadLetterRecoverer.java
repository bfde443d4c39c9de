package nl.schoolboard.sexting.platform.kafka;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;

/**
 * What a consumer's error handler does with a record it will not try again (its retries are used up, or it can
 * never succeed, like a record that is not JSON): first the service's own step, if it has one (notification-service
 * marks the deliveries it could not send as failed), then the record goes to the dead-letter topic with its original
 * bytes, spring-kafka's exception headers and the {@link DeadLetterReason#HEADER}; the log says which record went
 * and why, and the counter given by the service goes up (an alert fires on any increase: each dead letter needs a
 * person to look at it). If a step throws, the error handler keeps the record and tries it again, so nothing is
 * dropped silently.
 * <p>
 * Kafka's partitioner picks the dead letter's partition (by key), so the dead-letter topic need not have as many
 * partitions as the topic the record came from.
 */
public final class DeadLetterRecoverer implements ConsumerAwareRecordRecoverer {

    /** A service's own step before a record is dead-lettered. */
    @FunctionalInterface
    public interface BeforeDeadLetter {

        void prepare(ConsumerRecord<?, ?> record, Exception exception);
    }

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    private final String deadLetterTopic;
    private final DeadLetterReason reason;
    private final DeadLetterPublishingRecoverer publisher;
    private final Counter deadLetters;
    private final BeforeDeadLetter before;

    /**
     * @param meterName the counter of the records sent to {@code deadLetterTopic} since start, tagged with that
     *                  topic ({@code <service>.dead.letters})
     */
    public DeadLetterRecoverer(KafkaOperations<?, ?> kafka, String deadLetterTopic, DeadLetterReason reason,
                               MeterRegistry meters, String meterName) {
        this(kafka, deadLetterTopic, reason, meters, meterName, (record, exception) -> {
        });
    }

    /** @param before the service's own step; a record whose step throws is not dead-lettered but tried again */
    public DeadLetterRecoverer(KafkaOperations<?, ?> kafka, String deadLetterTopic, DeadLetterReason reason,
                               MeterRegistry meters, String meterName, BeforeDeadLetter before) {
        this.deadLetterTopic = deadLetterTopic;
        this.reason = reason;
        this.publisher = publisher(kafka, deadLetterTopic, reason);
        this.deadLetters = Counter.builder(meterName)
                .description("Records sent to a dead-letter topic; each needs a person to look at it")
                .tag("topic", deadLetterTopic)
                .register(meters);
        this.before = before;
    }

    /**
     * The error handler of a listener: a record whose handling throws is tried again after the pauses of
     * {@code backOff}, then dead-lettered; a record that fails with one of {@code notRetryable} (it can never
     * succeed) is dead-lettered at once, and the consumer carries on with the next record.
     */
    @SafeVarargs
    public final DefaultErrorHandler errorHandler(BackOff backOff, Class<? extends Exception>... notRetryable) {
        DefaultErrorHandler handler = new DefaultErrorHandler(this, backOff);
        handler.addNotRetryableExceptions(notRetryable);
        return handler;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        before.prepare(record, exception);
        log.error("record {}-{}@{} (key {}) cannot be handled and goes to {}: {}", record.topic(), record.partition(),
                record.offset(), record.key(), deadLetterTopic, reason.of(exception));
        publisher.accept(record, consumer, exception);
        deadLetters.increment();
    }

    private static DeadLetterPublishingRecoverer publisher(KafkaOperations<?, ?> kafka, String deadLetterTopic,
                                                           DeadLetterReason reason) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(deadLetterTopic, -1));
        publisher.setHeadersFunction((record, exception) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(DeadLetterReason.HEADER, reason.of(exception).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        return publisher;
    }
}
