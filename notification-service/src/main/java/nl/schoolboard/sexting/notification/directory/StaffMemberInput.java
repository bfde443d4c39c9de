package nl.schoolboard.sexting.notification.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.recipients.StaffRole;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A team member as the API and the staff CSV give them (the staff reference is in the path, or a column). */
public record StaffMemberInput(
        @NotEmpty(message = "{roles-missing}")
        List<@NotBlank(message = "{role-unknown}") @Pattern(regexp = Refs.ROLE, message = "{role-unknown}") String> roles,
        @NotBlank(message = "{staff-email-missing}")
        @EmailAddress
        String email,
        @Pattern(regexp = Refs.LANGUAGE, message = "{language-unknown}")
        String language) {

    StaffMember toMember(String staffRef) {
        return new StaffMember(staffRef,
                roles.stream().map(role -> StaffRole.valueOf(role.strip().toUpperCase(Locale.ROOT)))
                        .collect(Collectors.toSet()),
                email.strip(), Language.parse(language).orElseThrow());
    }
}
