package nl.schoolboard.sexting.prevention.access;

import java.util.EnumSet;
import java.util.Set;

/** The roles in which staff use the system (docs/domain.md), as the access token's {@code roles} claim names them. */
public enum StaffRole {
    SCHOOL_LEADER,
    CARE_COORDINATOR,
    CONFIDENTIAL_COUNSELLOR,
    TEAM_MEMBER,
    BOARD_ADMINISTRATOR,
    AUDITOR;

    /** Roles that work at particular schools (the token's {@code schools}); the others act for the whole board. */
    static final Set<StaffRole> AT_SCHOOLS = EnumSet.of(SCHOOL_LEADER, CARE_COORDINATOR, CONFIDENTIAL_COUNSELLOR,
            TEAM_MEMBER);

    public boolean worksAtSchools() {
        return AT_SCHOOLS.contains(this);
    }
}
