package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.payload.Code;
import nl.schoolboard.sexting.contracts.payload.GuardiansInvitedPayload;
import nl.schoolboard.sexting.notification.delivery.Attachment;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.letters.ParentLetters;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.SchoolContact;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The school invited a pupil's parents to a conversation (a victim's or a suspected pupil's alike): each guardian
 * of that pupil gets a mail saying when, where and with whom, with the invitation as a PDF letter, in their own
 * language; a reply goes to the school's own mailbox. Like every parent message it names no pupil and has no link.
 * A pupil without guardians in the directory gives one failed delivery, so the school sees nobody was invited.
 */
@Component
record GuardiansInvitedRule(ParentMail parentMail, ParentLetters letters) implements NotificationRule {

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        GuardiansInvitedPayload payload = StepPayloads.guardiansInvited(event);
        ParentLetters.Conversation conversation = new ParentLetters.Conversation(payload.conversationAt(),
                payload.place().value(), payload.hosts().stream().map(Code::value).toList());
        return parentMail.toGuardians(event, payload.pupil().value(), MessageKind.GUARDIANS_INVITATION,
                (guardian, locale, school) -> message(guardian, locale, conversation, school));
    }

    private Message message(Guardian guardian, Locale locale, ParentLetters.Conversation conversation,
                            SchoolContact school) {
        Attachment letter = letters.invitation(locale, ParentMail.nameOf(guardian), conversation, school);
        ParentLetters.Wording wording = letters.wording(locale, conversation, school);
        return parentMail.message(MessageKind.GUARDIANS_INVITATION, guardian, locale, school, Map.of(
                "date", wording.date(),
                "time", wording.time(),
                "place", wording.place(),
                "hosts", wording.hosts(),
                "schoolName", school.schoolName()), List.of(letter));
    }
}
