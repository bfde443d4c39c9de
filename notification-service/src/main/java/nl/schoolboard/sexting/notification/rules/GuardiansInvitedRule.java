package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.payload.Code;
import nl.schoolboard.sexting.contracts.payload.GuardiansInvitedPayload;
import nl.schoolboard.sexting.notification.delivery.Attachment;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.letters.ParentLetters;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.recipients.SchoolContact;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import nl.schoolboard.sexting.notification.templates.RenderedTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The school invited a pupil's parents to a conversation (a victim's or a suspected pupil's alike): each guardian
 * of that pupil gets a mail saying when, where and with whom, with the invitation as a PDF letter, in their own
 * language; a reply goes to the school's own mailbox. Like every parent message it names no pupil and has no link.
 * A pupil without guardians in the directory gives one failed delivery, so the school sees nobody was invited.
 */
@Component
class GuardiansInvitedRule implements NotificationRule {

    private final ContactDirectory directory;
    private final MessageTemplates templates;
    private final ParentLetters letters;
    private final ParentMail parentMail;

    GuardiansInvitedRule(ContactDirectory directory, MessageTemplates templates, ParentLetters letters,
                         ParentMail parentMail) {
        this.directory = directory;
        this.templates = templates;
        this.letters = letters;
        this.parentMail = parentMail;
    }

    @Override
    public String eventType() {
        return CaseEventType.GUARDIANS_INVITED.typeName();
    }

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        GuardiansInvitedPayload payload = StepPayloads.guardiansInvited(event);
        ParentLetters.Conversation conversation = new ParentLetters.Conversation(payload.conversationAt(),
                payload.place().value(), payload.hosts().stream().map(Code::value).toList());
        SchoolContact school = parentMail.contactOf(event.boardId(), event.schoolId());
        String ref = Recipient.guardiansOf(payload.pupil().value());
        List<Guardian> guardians = directory.guardians(event.boardId(), event.schoolId(), payload.pupil().value());
        if (guardians.isEmpty()) {
            Recipient nobody = new Recipient(RecipientKind.GUARDIAN, ref, null, Language.DEFAULT);
            return List.of(new Notice(nobody, Channel.EMAIL, MessageKind.GUARDIANS_INVITATION,
                    message(null, nobody.locale(), conversation, school)));
        }
        Set<String> addresses = new HashSet<>();
        return guardians.stream()
                .filter(guardian -> addresses.add(guardian.email().toLowerCase(Locale.ROOT)))
                .map(guardian -> {
                    Recipient recipient = new Recipient(RecipientKind.GUARDIAN, ref, guardian.email(),
                            guardian.language());
                    return new Notice(recipient, Channel.EMAIL, MessageKind.GUARDIANS_INVITATION,
                            message(guardian, recipient.locale(), conversation, school));
                })
                .toList();
    }

    private Message message(Guardian guardian, Locale locale, ParentLetters.Conversation conversation,
                            SchoolContact school) {
        String greeting = guardian != null && guardian.name() != null ? guardian.name()
                : templates.label("greeting.guardian", locale).orElse("");
        Attachment letter = letters.invitation(locale, guardian == null ? null : guardian.name(), conversation, school);
        ParentLetters.Wording wording = letters.wording(locale, conversation, school);
        RenderedTemplate text = templates.render(MessageKind.GUARDIANS_INVITATION.template(), locale, Map.of(
                "greeting", greeting,
                "date", wording.date(),
                "time", wording.time(),
                "place", wording.place(),
                "hosts", wording.hosts(),
                "schoolName", school.schoolName()));
        return new Message(text.subject(), text.body(), null, school.replyTo(), List.of(letter));
    }
}
