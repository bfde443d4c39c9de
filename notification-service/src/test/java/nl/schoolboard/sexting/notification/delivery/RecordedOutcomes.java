package nl.schoolboard.sexting.notification.delivery;

import java.util.ArrayList;
import java.util.List;

/** The outcomes of deliveries as they are announced, by delivery id; can fail once to announce a sent one. */
public final class RecordedOutcomes implements DeliveryOutcomes {

    public final List<String> sent = new ArrayList<>();
    public final List<String> failed = new ArrayList<>();
    public final List<String> merged = new ArrayList<>();
    /** The next announcement of a sent delivery fails, as if the broker were not reachable. */
    public boolean failNextSent;

    @Override
    public void sent(Delivery delivery) {
        if (failNextSent) {
            failNextSent = false;
            throw new IllegalStateException("broker not reachable");
        }
        sent.add(delivery.id());
    }

    @Override
    public void failed(Delivery delivery) {
        failed.add(delivery.id());
    }

    @Override
    public void merged(Delivery delivery) {
        merged.add(delivery.id());
    }
}
