package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A new incident: the school leader(s) and care coordinator(s) of the school get an e-mail that there is something
 * to look at, with a link to the case, each in their own language. A school that listed neither gets the mail at the
 * configured care-staff address. Alerts about the same case to the same person shortly after are merged into a
 * digest (see the digest package).
 *
 * <p>Need to know: the mail is built from the envelope only (case id, time). The payload, with its pupil references,
 * platforms and kind of material, is never read here, so none of it can end up in a mail box.
 */
@Component
class IncidentReportedRule implements NotificationRule {

    private final CaseAlerts alerts;
    private final MessageTemplates templates;

    IncidentReportedRule(CaseAlerts alerts, MessageTemplates templates) {
        this.alerts = alerts;
        this.templates = templates;
    }

    @Override
    public String eventType() {
        return CaseEventType.INCIDENT_REPORTED.typeName();
    }

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        Instant reportedAt = event.recordedAt() != null ? event.recordedAt() : event.occurredAt();
        return alerts.toLeadersAndCoordinatorsOrCareStaff(event, MessageKind.INCIDENT_REPORTED,
                locale -> Map.of("reportedAt", templates.moment(reportedAt, locale)));
    }
}
