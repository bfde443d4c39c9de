package nl.schoolboard.sexting.platform.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles in which staff use the system, spelled as the access token's {@code roles} claim spells them. Parents do
 * not sign in. Not to be confused with the roles a person is listed with in a school's contact directory. Their
 * words for people are in the catalogue ({@code StaffRole.<ROLE>}): a primary school's directeur is a
 * {@link #SCHOOL_LEADER}, its intern begeleider a {@link #CARE_COORDINATOR}.
 */
public enum StaffRole {
    /** schoolleider; in primary education the directeur */
    SCHOOL_LEADER,
    /** zorgcoördinator; in primary education the intern begeleider */
    CARE_COORDINATOR,
    CONFIDENTIAL_COUNSELLOR,
    TEAM_MEMBER,
    /** a staff member of the board's office (not the bestuurder, the executive) */
    BOARD_ADMINISTRATOR,
    /** the auditor or the functionaris gegevensbescherming */
    AUDITOR,
    /** the mentor of a class: the teacher a pupil and the parents talk with first */
    MENTOR,
    /** the aandachtsfunctionaris of the Meldcode huiselijk geweld en kindermishandeling */
    SAFEGUARDING_OFFICER,
    /** the anti-pestcoördinator every school has (Wet veiligheid op school) */
    ANTI_BULLYING_COORDINATOR;

    private static final Set<StaffRole> AT_SCHOOLS = EnumSet.of(SCHOOL_LEADER, CARE_COORDINATOR,
            CONFIDENTIAL_COUNSELLOR, TEAM_MEMBER, MENTOR, SAFEGUARDING_OFFICER, ANTI_BULLYING_COORDINATOR);

    /** Whether the role works at particular schools (the token's {@code schools}); the others act for the whole board. */
    public boolean worksAtSchools() {
        return AT_SCHOOLS.contains(this);
    }
}
