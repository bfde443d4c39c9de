package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.payload.PersonReference;
import nl.schoolboard.sexting.contracts.payload.TeamBriefedPayload;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.templates.CaseLinks;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import nl.schoolboard.sexting.notification.templates.RenderedTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The team was briefed: exactly the staff members the school leader briefed (by staff reference, looked up in the
 * directory) get an e-mail that a briefing is waiting for them, with a link to read it in the app, and an item in
 * their in-app inbox. Nobody else is told.
 *
 * <p>Need to know: what the school leader chose to share (and whether it names pupils) stays in the case service; it
 * is not on Kafka, so it cannot be in a mail. The mail says that there is a briefing, what was agreed about
 * discussing it in class, and whether this person leads that; it never carries a pupil reference. A briefed staff
 * member the directory has no e-mail address for still gets the inbox item; the e-mail is recorded as failed.
 */
@Component
record TeamBriefedRule(ContactDirectory directory, MessageTemplates templates, CaseLinks links)
        implements NotificationRule {

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        TeamBriefedPayload payload = StepPayloads.teamBriefed(event);
        String link = links.toBriefing(event.caseId());
        List<Notice> notices = new ArrayList<>();
        for (String staffRef : new LinkedHashSet<>(payload.staff().stream().map(PersonReference::value).toList())) {
            Optional<StaffMember> member = directory.staffMember(event.boardId(), event.schoolId(), staffRef);
            Recipient recipient = new Recipient(RecipientKind.TEAM_MEMBER, staffRef,
                    member.map(StaffMember::email).orElse(null), member.map(StaffMember::language).orElse(null));
            Message message = message(event, payload, staffRef, recipient.locale(), link);
            notices.add(new Notice(recipient, Channel.EMAIL, MessageKind.TEAM_BRIEFING, message));
            notices.add(new Notice(recipient, Channel.INBOX, MessageKind.TEAM_BRIEFING, message));
        }
        return notices;
    }

    private Message message(CaseEvent event, TeamBriefedPayload payload, String staffRef, Locale locale,
                            String link) {
        String classDiscussion = payload.classDiscussion() == null ? "" : templates
                .label("classDiscussion." + payload.classDiscussion().value(), locale)
                .orElse(payload.classDiscussion().value().replace('_', ' ').toLowerCase(Locale.ROOT) + ".");
        String leads = payload.discussionLead() != null && staffRef.equals(payload.discussionLead().value())
                ? templates.label("briefing.leadsDiscussion", locale).orElse("") + "\n" : "";
        RenderedTemplate text = templates.render(MessageKind.TEAM_BRIEFING.template(), locale, Map.of(
                "briefedAt", templates.moment(event.occurredAt(), locale),
                "briefingLink", link,
                "classDiscussion", classDiscussion,
                "leadsDiscussion", leads));
        return new Message(text.subject(), text.body(), link);
    }
}
