package nl.schoolboard.sexting.platform.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles in which staff use the system, spelled as the access token's {@code roles} claim spells them. Parents do
 * not sign in. Not to be confused with the roles a person is listed with in a school's contact directory.
 */
public enum StaffRole {
    SCHOOL_LEADER,
    CARE_COORDINATOR,
    CONFIDENTIAL_COUNSELLOR,
    TEAM_MEMBER,
    BOARD_ADMINISTRATOR,
    AUDITOR;

    private static final Set<StaffRole> AT_SCHOOLS =
            EnumSet.of(SCHOOL_LEADER, CARE_COORDINATOR, CONFIDENTIAL_COUNSELLOR, TEAM_MEMBER);

    /** Whether the role works at particular schools (the token's {@code schools}); the others act for the whole board. */
    public boolean worksAtSchools() {
        return AT_SCHOOLS.contains(this);
    }
}
