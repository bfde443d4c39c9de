package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.contracts.payload.GuardiansInformedPayload;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import nl.schoolboard.sexting.notification.templates.RenderedTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The school recorded its decision to inform the guardians of one pupil of one fact: those guardians (from the
 * directory) get the message for that fact, each in their own language. This is the only way guardians are ever
 * told anything: no other event reaches them.
 *
 * <p>A parent message names no pupil and carries no pupil reference, not even their own child's: it speaks of "your
 * child" and "the incident the school discussed with you". It has no link (parents do not log in). If the directory
 * lists no guardian for the pupil, one e-mail to "guardians of" the pupil is recorded as failed, so that the school
 * sees it was not sent.
 */
@Component
class GuardiansInformedRule implements NotificationRule {

    private static final Map<String, MessageKind> FACTS = Map.of(
            "MEASURES_TAKEN", MessageKind.GUARDIANS_MEASURES_TAKEN,
            "POLICE_REPORTING_OPTION", MessageKind.GUARDIANS_POLICE_REPORTING_OPTION,
            "SANCTION_IMPOSED", MessageKind.GUARDIANS_SANCTION_IMPOSED);

    private final ContactDirectory directory;
    private final MessageTemplates templates;

    GuardiansInformedRule(ContactDirectory directory, MessageTemplates templates) {
        this.directory = directory;
        this.templates = templates;
    }

    @Override
    public String eventType() {
        return CaseEventType.GUARDIANS_INFORMED.typeName();
    }

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        GuardiansInformedPayload payload = StepPayloads.guardiansInformed(event);
        MessageKind kind = FACTS.get(payload.fact().value());
        if (kind == null) {
            throw new MalformedCaseEvent("there is no message for guardians about " + payload.fact());
        }
        String ref = Recipient.guardiansOf(payload.pupil().value());
        List<Guardian> guardians = directory.guardians(event.boardId(), event.schoolId(), payload.pupil().value());
        if (guardians.isEmpty()) {
            Recipient nobody = new Recipient(RecipientKind.GUARDIAN, ref, null, Language.DEFAULT);
            return List.of(new Notice(nobody, Channel.EMAIL, kind, message(kind, null, nobody.locale())));
        }
        Set<String> addresses = new HashSet<>();
        return guardians.stream()
                .filter(guardian -> addresses.add(guardian.email().toLowerCase(Locale.ROOT)))
                .map(guardian -> {
                    Recipient recipient = new Recipient(RecipientKind.GUARDIAN, ref, guardian.email(),
                            guardian.language());
                    return new Notice(recipient, Channel.EMAIL, kind, message(kind, guardian, recipient.locale()));
                })
                .toList();
    }

    private Message message(MessageKind kind, Guardian guardian, Locale locale) {
        String greeting = guardian != null && guardian.name() != null ? guardian.name()
                : templates.label("greeting.guardian", locale).orElse("");
        RenderedTemplate text = templates.render(kind.template(), locale, Map.of("greeting", greeting));
        return new Message(text.subject(), text.body());
    }
}
