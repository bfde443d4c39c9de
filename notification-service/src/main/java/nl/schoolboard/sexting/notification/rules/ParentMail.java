package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.delivery.Attachment;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.recipients.SchoolContact;
import nl.schoolboard.sexting.notification.recipients.SchoolContacts;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import nl.schoolboard.sexting.notification.templates.RenderedTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A mail to the guardians of one pupil, the same way for every rule that reaches them: each guardian the directory
 * lists for the pupil, each address once, in their own language, with the school's own contact for replies. A pupil
 * without guardians in the directory gives one notice to "guardians of" the pupil without an address, recorded as
 * failed, so that the school sees nobody was reached. What the mail says is the rule's ({@link Letter}).
 * <p>
 * Where parents' replies go and how a letter names the school: the school's own contact from the directory. A
 * school that has not given one yet is answered for by its board's mailbox (a person reads it, unlike the sender's
 * address), and the school is told in the log to give its contact.
 */
@Component
record ParentMail(ContactDirectory directory, SchoolContacts contacts, FallbackMailboxes boards,
                  MessageTemplates templates) {

    private static final Logger log = LoggerFactory.getLogger(ParentMail.class);

    /** What a rule writes to one guardian. */
    @FunctionalInterface
    interface Letter {

        /** @param guardian the guardian written to; {@code null} when the directory lists none for the pupil */
        Message to(Guardian guardian, Locale locale, SchoolContact school);
    }

    /** One e-mail of {@code kind} to each guardian of {@code pupilRef}, at the event's school. */
    List<Notice> toGuardians(CaseEvent event, String pupilRef, MessageKind kind, Letter letter) {
        SchoolContact school = contactOf(event.boardId(), event.schoolId());
        String ref = Recipient.guardiansOf(pupilRef);
        List<Guardian> guardians = directory.guardians(event.boardId(), event.schoolId(), pupilRef);
        if (guardians.isEmpty()) {
            Recipient nobody = new Recipient(RecipientKind.GUARDIAN, ref, null, Language.DEFAULT);
            return List.of(new Notice(nobody, Channel.EMAIL, kind, letter.to(null, nobody.locale(), school)));
        }
        Set<String> addresses = new HashSet<>();
        return guardians.stream()
                .filter(guardian -> addresses.add(guardian.email().toLowerCase(Locale.ROOT)))
                .map(guardian -> {
                    Recipient recipient = new Recipient(RecipientKind.GUARDIAN, ref, guardian.email(),
                            guardian.language());
                    return new Notice(recipient, Channel.EMAIL, kind, letter.to(guardian, recipient.locale(), school));
                })
                .toList();
    }

    /**
     * The text of {@code kind} for one guardian, greeted by name where the directory has one, with the rule's
     * {@code values} and {@code letters}. As every parent message: no link (parents do not log in), and replies go to
     * the school's own contact.
     */
    Message message(MessageKind kind, Guardian guardian, Locale locale, SchoolContact school,
                    Map<String, String> values, List<Attachment> letters) {
        Map<String, String> all = new HashMap<>(values);
        all.put("greeting", greeting(guardian, locale));
        RenderedTemplate text = templates.render(kind.template(), locale, all);
        return new Message(text.subject(), text.body(), null, school.replyTo(), letters);
    }

    /** The guardian's name for a letter's salutation; {@code null} when the directory has none (or no guardian). */
    static String nameOf(Guardian guardian) {
        return guardian == null ? null : guardian.name();
    }

    /** The guardian by name where the directory has one, else the language's general greeting. */
    private String greeting(Guardian guardian, Locale locale) {
        return guardian != null && guardian.name() != null ? guardian.name()
                : templates.label("greeting.guardian", locale).orElse("");
    }

    /** The school's contact; without one, the school's id and the board's mailbox (null when it has none either). */
    private SchoolContact contactOf(String boardId, String schoolId) {
        return contacts.of(boardId, schoolId).orElseGet(() -> {
            log.warn("school {} of board {} has no contact for parents in the directory: replies go to the board's "
                    + "mailbox; give it at …/directory/boards/{}/schools/{}/contact", schoolId, boardId, boardId, schoolId);
            return new SchoolContact(schoolId, boards.of(boardId).orElse(null), null, null);
        });
    }
}
