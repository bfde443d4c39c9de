package nl.schoolboard.sexting.notification.delivery;

/**
 * What a recipient reads: a subject and a plain-text body, already rendered from a template, and the link into the
 * app it points to, if any (an inbox item shows it as a button).
 */
public record Message(String subject, String body, String link) {

    public Message(String subject, String body) {
        this(subject, body, null);
    }

    /** Keeps the text out of log lines. */
    @Override
    public String toString() {
        return "Message[" + subject.length() + " + " + body.length() + " chars]";
    }
}
