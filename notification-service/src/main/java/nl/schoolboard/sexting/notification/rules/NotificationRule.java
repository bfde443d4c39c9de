package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.delivery.Notice;

import java.util.List;

/**
 * Decides who is told what about one kind of case event, one rule per event type. A rule only decides: merging
 * repeated alerts into a digest, idempotency and retries happen in the deliveries.
 */
public interface NotificationRule {

    /** The {@link CaseEvent#type()} this rule reacts to. */
    String eventType();

    /** The notices for one event of {@link #eventType()}; empty if nobody needs to be told. */
    List<Notice> noticesFor(CaseEvent event);
}
