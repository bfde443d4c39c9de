package nl.schoolboard.sexting.notification.delivery;

/**
 * Tells the rest of the system what became of a delivery (on Kafka, see the messaging package). Implementations
 * return only once the outcome is durably handed over, and throw otherwise.
 */
public interface DeliveryOutcomes {

    void sent(Delivery delivery);

    void failed(Delivery delivery);

    void merged(Delivery delivery);
}
