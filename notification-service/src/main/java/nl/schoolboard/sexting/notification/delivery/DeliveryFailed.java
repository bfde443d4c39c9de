package nl.schoolboard.sexting.notification.delivery;

import java.util.List;

/**
 * One or more deliveries of a case event could not be sent this time. Thrown out of the Kafka listener so that the
 * container tries the record again after a back-off; when it gives up, the recoverer marks {@link #deliveryIds()}
 * {@code FAILED} (see {@link Deliveries#giveUp}).
 */
public class DeliveryFailed extends RuntimeException {

    private final List<String> deliveryIds;

    public DeliveryFailed(List<String> deliveryIds, Throwable cause) {
        super(deliveryIds.size() + " delivery(ies) could not be sent: " + (cause == null ? "" : cause.getMessage()), cause);
        this.deliveryIds = List.copyOf(deliveryIds);
    }

    public List<String> deliveryIds() {
        return deliveryIds;
    }
}
