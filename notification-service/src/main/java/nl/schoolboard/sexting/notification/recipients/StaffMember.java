package nl.schoolboard.sexting.notification.recipients;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A team member of one school as the contact directory knows them: a school-internal staff reference (the same one
 * the case service uses, never a name), their roles, where to mail them and in which language.
 */
public record StaffMember(String staffRef, Set<StaffRole> roles, String email, Language language) {

    public StaffMember {
        Objects.requireNonNull(staffRef, "staff reference");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(email, "e-mail address");
        language = language == null ? Language.DEFAULT : language;
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    /** The roles in a fixed order, for showing them. */
    public List<StaffRole> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
