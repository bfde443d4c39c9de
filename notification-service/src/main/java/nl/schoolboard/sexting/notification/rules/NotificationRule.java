package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.delivery.Notice;

import java.util.List;

/**
 * Decides who is told what about one kind of case event; {@link NotificationRules} says which rule takes which
 * event type. A rule only decides: merging repeated alerts into a digest, idempotency and retries happen in the
 * deliveries.
 */
@FunctionalInterface
public interface NotificationRule {

    /** The notices for one event of the rule's type; empty if nobody needs to be told. */
    List<Notice> noticesFor(CaseEvent event);
}
