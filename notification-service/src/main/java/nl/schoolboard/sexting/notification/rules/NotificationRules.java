package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.delivery.Notice;
import org.springframework.stereotype.Component;

import java.util.List;

/** All rules together. An event type without a rule gives no notices (tolerant reader: skipped, not an error). */
@Component
public class NotificationRules {

    private final List<NotificationRule> rules;

    public NotificationRules(List<NotificationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Notice> noticesFor(CaseEvent event) {
        return rules.stream()
                .filter(rule -> rule.eventType().equals(event.type()))
                .flatMap(rule -> rule.noticesFor(event).stream())
                .toList();
    }
}
