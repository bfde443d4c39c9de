package nl.schoolboard.sexting.notification.templates;

/** A template filled in: the subject line and the plain-text body. */
public record RenderedTemplate(String subject, String body) {
}
