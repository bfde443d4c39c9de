package nl.schoolboard.sexting.notification.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.delivery.Deliveries;
import nl.schoolboard.sexting.notification.delivery.DeliveryFailed;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;

/**
 * What the error handler does with a record it will not try again (its retries are used up, or it can never
 * succeed, like a poison record): deliveries that could not be sent are marked {@code FAILED}, then the record goes
 * to the dead-letter topic. If either step throws, the error handler keeps the record and tries it again, so nothing
 * is dropped silently.
 */
class GiveUpThenDeadLetter implements ConsumerAwareRecordRecoverer {

    /** The meter of records sent to the dead-letter topic since start; an alert fires on any increase. */
    static final String DEAD_LETTERS = "notification.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(GiveUpThenDeadLetter.class);

    private final Deliveries deliveries;
    private final ConsumerAwareRecordRecoverer deadLetter;
    private final Counter deadLetters;

    GiveUpThenDeadLetter(Deliveries deliveries, ConsumerAwareRecordRecoverer deadLetter, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.deadLetter = deadLetter;
        this.deadLetters = Counter.builder(DEAD_LETTERS)
                .description("Records of the case events topic sent to its dead-letter topic; each needs a person to look at it")
                .tag("topic", Topics.CASE_EVENTS_DEAD_LETTER)
                .register(meters);
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        DeliveryFailed failed = deliveryFailed(exception);
        if (failed != null) {
            deliveries.giveUp(failed.deliveryIds());
        }
        String reason = DeadLetterReason.of(exception);
        log.error("record {}-{}@{} (key {}) goes to the dead-letter topic: {}", record.topic(), record.partition(),
                record.offset(), record.key(), reason);
        deadLetter.accept(record, consumer, exception);
        deadLetters.increment();
    }

    private static DeliveryFailed deliveryFailed(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DeliveryFailed failed) {
                return failed;
            }
        }
        return null;
    }
}
