package nl.schoolboard.sexting.notification.delivery;

/** What a recipient reads: a subject and a plain-text body, already rendered from a template. */
public record Message(String subject, String body) {

    /** Keeps the text out of log lines. */
    @Override
    public String toString() {
        return "Message[" + subject.length() + " + " + body.length() + " chars]";
    }
}
