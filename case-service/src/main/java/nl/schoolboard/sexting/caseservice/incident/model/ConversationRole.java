package nl.schoolboard.sexting.caseservice.incident.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * In what role someone took part in a conversation, decided or approved: a code, never a name. These values are
 * copied onto the published case events and into the audit trail, which nobody can erase, so a role a user could
 * type as words would keep that person's name for good. The staff roles of the sign-in ({@code StaffRole}) plus the
 * people a school talks with.
 */
public enum ConversationRole {
    SCHOOL_LEADER,
    CARE_COORDINATOR,
    CONFIDENTIAL_COUNSELLOR,
    TEAM_MEMBER,
    BOARD_ADMINISTRATOR,
    MENTOR,
    PUPIL,
    PARENTS,
    GUARDIAN,
    POLICE,
    YOUTH_CARE,
    /** The school's aandachtsfunctionaris: leads the Meldcode's steps. */
    AANDACHTSFUNCTIONARIS,
    VEILIG_THUIS,
    /**
     * A role recorded as words before roles became codes: what was written is not kept. Never accepted from a
     * command; only reading an old event gives it.
     */
    OTHER;

    /** The role a command names, if it names one a person may choose (not {@link #OTHER}). */
    public static Optional<ConversationRole> chosen(String code) {
        return Arrays.stream(values()).filter(role -> role != OTHER && role.name().equals(code)).findFirst();
    }

    /** What an old event recorded as text: its role if it was a code, otherwise {@link #OTHER}. */
    public static ConversationRole fromRecorded(String recorded) {
        return chosen(recorded).orElse(OTHER);
    }
}
