package nl.schoolboard.sexting.notification.delivery;

import java.util.List;

/**
 * One or more deliveries of a case event could not be sent this time. Thrown out of the Kafka listener so that the
 * container tries the record again after a back-off; when it gives up, the recoverer marks {@link #deliveryIds()}
 * {@code FAILED} (see {@link Deliveries#giveUp}).
 */
public class DeliveryFailed extends RuntimeException {

    private final List<String> deliveryIds;

    /**
     * The message names how many failed and the last one's {@link FailureReason}, never the deliveries' ids (an
     * e-mail delivery's id holds the address): this exception's message and stack trace go into the dead-letter
     * record's headers and into the log.
     */
    public DeliveryFailed(List<String> deliveryIds, SendFailed last) {
        super(deliveryIds.size() + " delivery(ies) could not be sent: " + (last == null ? "" : last.reason()), last);
        this.deliveryIds = List.copyOf(deliveryIds);
    }

    public List<String> deliveryIds() {
        return deliveryIds;
    }
}
