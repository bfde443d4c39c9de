package nl.schoolboard.sexting.notification.messaging;

/** Kafka consumer group of this service: all its instances share the work of one group. */
public final class ConsumerGroups {

    public static final String NOTIFICATION_SERVICE = "notification-service";

    private ConsumerGroups() {
    }
}
