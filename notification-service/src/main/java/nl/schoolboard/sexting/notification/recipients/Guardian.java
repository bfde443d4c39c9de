package nl.schoolboard.sexting.notification.recipients;

import java.util.Objects;

/**
 * A parent or guardian of one pupil: an optional name (only ever used to greet them), an e-mail address and the
 * language they read.
 */
public record Guardian(String name, String email, Language language) {

    public Guardian {
        name = name == null || name.isBlank() ? null : name.strip();
        Objects.requireNonNull(email, "e-mail address");
        language = language == null ? Language.DEFAULT : language;
    }
}
