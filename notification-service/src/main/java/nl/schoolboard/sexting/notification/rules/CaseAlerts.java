package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import nl.schoolboard.sexting.notification.templates.CaseLinks;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import nl.schoolboard.sexting.notification.templates.RenderedTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An alert about a school's case: its school leader(s) and care coordinator(s), each once, get an e-mail with the
 * message kind's template in their own language and a link to the case ({@code caseLink} in the template, and the
 * message's link). What else the text says is the rule's: it gives the template's other values per language, since
 * dates and step names read differently in each.
 */
@Component
class CaseAlerts {

    /** Who an alert is addressed to when the board has no fallback mailbox: nobody; recorded as failed. */
    static final String NO_FALLBACK_MAILBOX = "no fallback mailbox";

    private final ContactDirectory directory;
    private final FallbackMailboxes fallbackMailboxes;
    private final MessageTemplates templates;
    private final CaseLinks links;

    CaseAlerts(ContactDirectory directory, FallbackMailboxes fallbackMailboxes, MessageTemplates templates,
               CaseLinks links) {
        this.directory = directory;
        this.fallbackMailboxes = fallbackMailboxes;
        this.templates = templates;
        this.links = links;
    }

    /** To the leaders and coordinators the directory lists for the case's school; none if it lists neither role. */
    List<Notice> toLeadersAndCoordinators(CaseEvent event, MessageKind kind,
                                          Function<Locale, Map<String, String>> values) {
        return email(leadersAndCoordinators(event.boardId(), event.schoolId()), kind, event.caseId(), values);
    }

    /**
     * The same, or the board's fallback mailbox when the school lists neither role. A board without one gets a
     * care-staff recipient without an address, so that the alert is recorded as failed ({@code NO_RECIPIENT}),
     * visibly, rather than left out or sent to a mailbox of another board.
     */
    List<Notice> toLeadersAndCoordinatorsOrCareStaff(CaseEvent event, MessageKind kind,
                                                     Function<Locale, Map<String, String>> values) {
        List<Recipient> listed = leadersAndCoordinators(event.boardId(), event.schoolId());
        List<Recipient> alerted = listed.isEmpty() ? List.of(fallbackMailboxes.of(event.boardId())
                .map(address -> new Recipient(RecipientKind.CARE_STAFF, address))
                .orElseGet(() -> new Recipient(RecipientKind.CARE_STAFF, NO_FALLBACK_MAILBOX, null, null))) : listed;
        return email(alerted, kind, event.caseId(), values);
    }

    /** Each address once: someone with both roles is told as school leader. */
    private List<Recipient> leadersAndCoordinators(String boardId, String schoolId) {
        Set<String> addresses = new HashSet<>();
        return directory.staff(boardId, schoolId).stream()
                .filter(member -> member.has(StaffRole.SCHOOL_LEADER) || member.has(StaffRole.CARE_COORDINATOR))
                .filter(member -> addresses.add(member.email().toLowerCase(Locale.ROOT)))
                .map(CaseAlerts::recipient)
                .toList();
    }

    private static Recipient recipient(StaffMember member) {
        RecipientKind kind = member.has(StaffRole.SCHOOL_LEADER) ? RecipientKind.SCHOOL_LEADER
                : RecipientKind.CARE_COORDINATOR;
        return new Recipient(kind, member.staffRef(), member.email(), member.language());
    }

    private List<Notice> email(List<Recipient> recipients, MessageKind kind, String caseId,
                               Function<Locale, Map<String, String>> values) {
        String caseLink = links.toCase(caseId);
        return recipients.stream().map(recipient -> {
            Map<String, String> all = new HashMap<>(values.apply(recipient.locale()));
            all.put("caseLink", caseLink);
            RenderedTemplate text = templates.render(kind.template(), recipient.locale(), all);
            return new Notice(recipient, Channel.EMAIL, kind, new Message(text.subject(), text.body(), caseLink));
        }).toList();
    }
}
