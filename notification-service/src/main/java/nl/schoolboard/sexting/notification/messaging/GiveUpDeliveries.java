package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.notification.delivery.Deliveries;
import nl.schoolboard.sexting.notification.delivery.DeliveryFailed;
import nl.schoolboard.sexting.platform.kafka.DeadLetterRecoverer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Before a record goes to the dead-letter topic, the deliveries that could not be sent for it are marked
 * {@code FAILED}, so the delivery log never shows them as still pending. If that throws, the record is not
 * dead-lettered but tried again.
 */
class GiveUpDeliveries implements DeadLetterRecoverer.BeforeDeadLetter {

    private final Deliveries deliveries;

    GiveUpDeliveries(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void prepare(ConsumerRecord<?, ?> record, Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DeliveryFailed failed) {
                deliveries.giveUp(failed.deliveryIds());
                return;
            }
        }
    }
}
