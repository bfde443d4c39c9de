package nl.schoolboard.sexting.notification.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.Language;

/** One guardian of a pupil as the API and the guardians CSV give them. The name is optional. */
public record GuardianInput(
        @Size(max = 100, message = "A name has at most 100 characters.")
        @Pattern(regexp = "[^\\p{Cntrl}<>]*", message = "A name cannot hold line breaks or < >.")
        String name,
        @NotBlank(message = "Give the guardian's e-mail address.")
        @EmailAddress
        String email,
        @Pattern(regexp = Refs.LANGUAGE, message = Refs.LANGUAGE_MESSAGE)
        String language) {

    Guardian toGuardian() {
        return new Guardian(name, email.strip(), Language.parse(language).orElseThrow());
    }
}
