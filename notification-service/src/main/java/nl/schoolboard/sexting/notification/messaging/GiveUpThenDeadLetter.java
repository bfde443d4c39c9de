package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.notification.delivery.Deliveries;
import nl.schoolboard.sexting.notification.delivery.DeliveryFailed;
import nl.schoolboard.sexting.platform.tracing.Correlation;
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

    private static final Logger log = LoggerFactory.getLogger(GiveUpThenDeadLetter.class);

    private final Deliveries deliveries;
    private final ConsumerAwareRecordRecoverer deadLetter;

    GiveUpThenDeadLetter(Deliveries deliveries, ConsumerAwareRecordRecoverer deadLetter) {
        this.deliveries = deliveries;
        this.deadLetter = deadLetter;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        try (Correlation.Scope ignored = Correlation.open(RecordCorrelation.of(record))) {
            DeliveryFailed failed = deliveryFailed(exception);
            if (failed != null) {
                deliveries.giveUp(failed.deliveryIds());
            }
            log.error("record {}-{}@{} (key {}) goes to the dead-letter topic: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), DeadLetterReason.of(exception));
            deadLetter.accept(record, consumer, exception);
        }
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
