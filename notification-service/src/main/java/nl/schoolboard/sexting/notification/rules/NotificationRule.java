package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.delivery.Notice;

import java.util.List;

/**
 * Decides who is told what about one kind of case event. One rule per event type for now; per-recipient preferences
 * (channel, digest instead of a mail each time) slot in between a rule and the deliveries it asks for.
 */
public interface NotificationRule {

    /** The {@link CaseEvent#type()} this rule reacts to. */
    String eventType();

    /** The notices for one event of {@link #eventType()}; empty if nobody needs to be told. */
    List<Notice> noticesFor(CaseEvent event);
}
