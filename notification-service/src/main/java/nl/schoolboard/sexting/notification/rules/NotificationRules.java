package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.notification.delivery.Notice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rule takes which case event, in one table (the README's "who is told what"). An event type without a rule
 * gives no notices (tolerant reader: skipped, not an error).
 */
@Component
public class NotificationRules {

    private final Map<String, NotificationRule> rules = new HashMap<>();

    @Autowired
    NotificationRules(CaseAlerts alerts, TeamBriefedRule teamBriefed, GuardiansInformedRule guardiansInformed,
                      GuardiansInvitedRule guardiansInvited, SanctionImposedRule sanctionImposed) {
        this(Map.of(
                CaseEventType.INCIDENT_REPORTED, alerts::incidentReported,
                CaseEventType.STEP_BECAME_OVERDUE, alerts::stepOverdue,
                CaseEventType.TEAM_BRIEFED, teamBriefed,
                CaseEventType.GUARDIANS_INFORMED, guardiansInformed,
                CaseEventType.GUARDIANS_INVITED, guardiansInvited,
                CaseEventType.SANCTION_IMPOSED, sanctionImposed));
    }

    NotificationRules(Map<CaseEventType, NotificationRule> rules) {
        rules.forEach((type, rule) -> this.rules.put(type.typeName(), rule));
    }

    public List<Notice> noticesFor(CaseEvent event) {
        NotificationRule rule = rules.get(event.type());
        return rule == null ? List.of() : rule.noticesFor(event);
    }
}
