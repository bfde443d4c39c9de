package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.templates.CaseLinks;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import nl.schoolboard.sexting.notification.templates.RenderedTemplate;
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

    private final AlertRecipients recipients;
    private final MessageTemplates templates;
    private final CaseLinks links;

    IncidentReportedRule(AlertRecipients recipients, MessageTemplates templates, CaseLinks links) {
        this.recipients = recipients;
        this.templates = templates;
        this.links = links;
    }

    @Override
    public String eventType() {
        return CaseEventType.INCIDENT_REPORTED.typeName();
    }

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        Instant reportedAt = event.recordedAt() != null ? event.recordedAt() : event.occurredAt();
        String caseLink = links.toCase(event.caseId());
        return recipients.leadersAndCoordinatorsOrCareStaff(event.boardId(), event.schoolId()).stream()
                .map(recipient -> {
                    RenderedTemplate text = templates.render(MessageKind.INCIDENT_REPORTED.template(),
                            recipient.locale(), Map.of(
                                    "caseLink", caseLink,
                                    "reportedAt", templates.moment(reportedAt, recipient.locale())));
                    return new Notice(recipient, Channel.EMAIL, MessageKind.INCIDENT_REPORTED,
                            new Message(text.subject(), text.body(), caseLink));
                })
                .toList();
    }
}
