package nl.schoolboard.sexting.notification.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.Language;

/** One guardian of a pupil as the API and the guardians CSV give them. The name is optional. */
public record GuardianInput(
        @Size(max = 100, message = "{name-too-long}")
        @Pattern(regexp = "[^\\p{Cntrl}<>]*", message = "{name-has-forbidden-characters}")
        String name,
        @NotBlank(message = "{guardian-email-missing}")
        @EmailAddress
        String email,
        @Pattern(regexp = Refs.LANGUAGE, message = "{language-unknown}")
        String language) {

    Guardian toGuardian() {
        return new Guardian(name, email.strip(), Language.parse(language).orElseThrow());
    }
}
