package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.payload.StepBecameOverduePayload;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The alerts about a school's case, a new incident and an overdue step: its school leader(s) and care
 * coordinator(s), each once, get an e-mail with the message kind's template in their own language and a link to the
 * case ({@code caseLink} in the template, and the message's link). What else the text says is each alert's own: the
 * template's other values per language, since dates and step names read differently in each. Alerts about the same
 * case to the same person shortly after one another are merged into a digest (see the digest package).
 */
@Component
record CaseAlerts(ContactDirectory directory, FallbackMailboxes fallbackMailboxes, MessageTemplates templates,
                  CaseLinks links) {

    private static final Logger log = LoggerFactory.getLogger(CaseAlerts.class);

    /** Who an alert is addressed to when the board has no fallback mailbox: nobody; recorded as failed. */
    static final String NO_FALLBACK_MAILBOX = "no fallback mailbox";

    /**
     * {@code IncidentReported}: the school's leaders and coordinators get an e-mail that there is something to look
     * at. A school that listed neither gets the mail at the board's fallback mailbox.
     *
     * <p>Need to know: the mail is built from the envelope only (case id, time). The payload, with its pupil
     * references, platforms and kind of material, is never read here, so none of it can end up in a mail box.
     */
    List<Notice> incidentReported(CaseEvent event) {
        Instant reportedAt = event.recordedAt() != null ? event.recordedAt() : event.occurredAt();
        return toLeadersAndCoordinatorsOrCareStaff(event, MessageKind.INCIDENT_REPORTED,
                locale -> Map.of("reportedAt", templates.moment(reportedAt, locale)));
    }

    /**
     * {@code StepBecameOverdue}: the school's leaders and coordinators get an alert naming the step and when it was
     * due; no names, no content. Only the people listed in the directory are alerted: the fallback mailbox stands in
     * for a school only when an incident is reported. A school that listed neither role gets no overdue alert (logged
     * as a warning); the case itself still shows the step overdue.
     */
    List<Notice> stepOverdue(CaseEvent event) {
        StepBecameOverduePayload payload = StepPayloads.stepOverdue(event);
        Instant dueAt = payload.dueAt() != null ? payload.dueAt() : event.occurredAt();
        List<Notice> notices = toLeadersAndCoordinators(event, MessageKind.STEP_OVERDUE, locale -> Map.of(
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

    /** To the leaders and coordinators the directory lists for the case's school; none if it lists neither role. */
    private List<Notice> toLeadersAndCoordinators(CaseEvent event, MessageKind kind,
                                                  Function<Locale, Map<String, String>> values) {
        return email(leadersAndCoordinators(event.boardId(), event.schoolId()), kind, event.caseId(), values);
    }

    /**
     * The same, or the board's fallback mailbox when the school lists neither role. A board without one gets a
     * care-staff recipient without an address, so that the alert is recorded as failed ({@code NO_RECIPIENT}),
     * visibly, rather than left out or sent to a mailbox of another board.
     */
    private List<Notice> toLeadersAndCoordinatorsOrCareStaff(CaseEvent event, MessageKind kind,
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
