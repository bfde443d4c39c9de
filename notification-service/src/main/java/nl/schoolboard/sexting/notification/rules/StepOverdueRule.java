package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.payload.StepBecameOverduePayload;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A protocol step passed its due time: the school leader(s) and care coordinator(s) listed for the school get an
 * alert naming the step and when it was due, with a link to the case; no names, no content. Repeated alerts about the
 * same case shortly after one another are merged into a digest.
 *
 * <p>Only the people listed in the directory are alerted: the configured care-staff address stands in for a school
 * only when an incident is reported. A school that listed no school leader or care coordinator gets no overdue alert
 * (logged as a warning); the case itself still shows the step overdue.
 */
@Component
class StepOverdueRule implements NotificationRule {

    private static final Logger log = LoggerFactory.getLogger(StepOverdueRule.class);

    private final CaseAlerts alerts;
    private final MessageTemplates templates;

    StepOverdueRule(CaseAlerts alerts, MessageTemplates templates) {
        this.alerts = alerts;
        this.templates = templates;
    }

    @Override
    public String eventType() {
        return CaseEventType.STEP_BECAME_OVERDUE.typeName();
    }

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        StepBecameOverduePayload payload = StepPayloads.stepOverdue(event);
        Instant dueAt = payload.dueAt() != null ? payload.dueAt() : event.occurredAt();
        List<Notice> notices = alerts.toLeadersAndCoordinators(event, MessageKind.STEP_OVERDUE, locale -> Map.of(
                "step", stepName(payload.step().value(), locale),
                "dueAt", templates.moment(dueAt, locale)));
        if (notices.isEmpty()) {
            log.warn("step {} of case {} is overdue, but school {} lists no school leader or care coordinator to alert",
                    payload.step(), event.caseId(), event.schoolId());
        }
        return notices;
    }

    /** The step as the protocol names it; a step this service has no name for yet is shown by its code. */
    private String stepName(String step, Locale locale) {
        return templates.label("step." + step, locale).orElse(step.replace('_', ' ').toLowerCase(Locale.ROOT));
    }
}
