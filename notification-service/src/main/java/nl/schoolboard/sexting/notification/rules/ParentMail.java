package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.notification.recipients.SchoolContact;
import nl.schoolboard.sexting.notification.recipients.SchoolContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where parents' replies go and how a letter names the school: the school's own contact from the directory. A
 * school that has not given one yet is answered for by its board's mailbox (a person reads it, unlike the sender's
 * address), and the school is told in the log to give its contact.
 */
@Component
class ParentMail {

    private static final Logger log = LoggerFactory.getLogger(ParentMail.class);

    private final SchoolContacts contacts;
    private final FallbackMailboxes boards;

    ParentMail(SchoolContacts contacts, FallbackMailboxes boards) {
        this.contacts = contacts;
        this.boards = boards;
    }

    /** The school's contact; without one, the school's id and the board's mailbox (null when it has none either). */
    SchoolContact contactOf(String boardId, String schoolId) {
        return contacts.of(boardId, schoolId).orElseGet(() -> {
            log.warn("school {} of board {} has no contact for parents in the directory: replies go to the board's "
                    + "mailbox; give it at …/directory/boards/{}/schools/{}/contact", schoolId, boardId, boardId, schoolId);
            return new SchoolContact(schoolId, boards.of(boardId).orElse(null), null, null);
        });
    }
}
