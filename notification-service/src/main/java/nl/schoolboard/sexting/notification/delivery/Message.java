package nl.schoolboard.sexting.notification.delivery;

import java.util.List;

/**
 * What a recipient reads: a subject and a plain-text body, already rendered from a template, and the link into the
 * app it points to, if any (an inbox item shows it as a button). A mail to parents also names where a reply goes (the
 * school's own mailbox) and may carry letters.
 *
 * @param replyTo     the address a reply goes to; null for the sender's own
 * @param attachments files sent with an e-mail; the inbox shows none
 */
public record Message(String subject, String body, String link, String replyTo, List<Attachment> attachments) {

    public Message {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Message(String subject, String body, String link) {
        this(subject, body, link, null, List.of());
    }

    public Message(String subject, String body) {
        this(subject, body, null);
    }

    /** Keeps the text out of log lines. */
    @Override
    public String toString() {
        return "Message[" + subject.length() + " + " + body.length() + " chars, " + attachments.size() + " attachment(s)]";
    }
}
