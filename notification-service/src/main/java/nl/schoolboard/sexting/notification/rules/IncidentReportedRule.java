package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventTypes;
import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import nl.schoolboard.sexting.notification.templates.RenderedTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A new incident: the school's care staff get an e-mail that there is something to look at, with a link to the case.
 *
 * <p>Need to know: the mail is built from the envelope only (case id, time). The payload, with its pupil references,
 * platforms and kind of material, is never read here, so none of it can end up in a mail box.
 */
@Component
class IncidentReportedRule implements NotificationRule {

    static final String TEMPLATE = "incident-reported";

    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", MessageTemplates.DUTCH).withZone(SCHOOL_TIME);

    private final ContactDirectory contacts;
    private final MessageTemplates templates;
    private final String caseLinkBase;

    IncidentReportedRule(ContactDirectory contacts, MessageTemplates templates, NotificationProperties properties) {
        this.contacts = contacts;
        this.templates = templates;
        String base = properties.caseLinkBase();
        this.caseLinkBase = base.endsWith("/") ? base : base + "/";
    }

    @Override
    public String eventType() {
        return CaseEventTypes.INCIDENT_REPORTED;
    }

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        Instant reportedAt = event.recordedAt() != null ? event.recordedAt() : event.occurredAt();
        RenderedTemplate text = templates.render(TEMPLATE, MessageTemplates.DUTCH, Map.of(
                "caseLink", caseLinkBase + UriUtils.encodePathSegment(event.caseId(), StandardCharsets.UTF_8),
                "reportedAt", DUTCH_DATE_TIME.format(reportedAt)));
        Message message = new Message(text.subject(), text.body());
        return contacts.careStaff(event.boardId(), event.schoolId()).stream()
                .map(recipient -> new Notice(recipient, Channel.EMAIL, message))
                .toList();
    }
}
