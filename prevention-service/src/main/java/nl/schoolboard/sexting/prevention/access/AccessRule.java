package nl.schoolboard.sexting.prevention.access;

import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.platform.security.access.Admission;
import nl.schoolboard.sexting.platform.security.access.AdmissionRule;
import java.util.EnumSet;
import java.util.Set;

import static nl.schoolboard.sexting.platform.identity.StaffRole.AUDITOR;
import static nl.schoolboard.sexting.platform.identity.StaffRole.BOARD_ADMINISTRATOR;
import static nl.schoolboard.sexting.platform.identity.StaffRole.CARE_COORDINATOR;
import static nl.schoolboard.sexting.platform.identity.StaffRole.CONFIDENTIAL_COUNSELLOR;
import static nl.schoolboard.sexting.platform.identity.StaffRole.SCHOOL_LEADER;

/**
 * Who may do what in prevention planning: this service's catalogue for platform's access guard. Each endpoint names
 * one rule ({@link Guarded}); the rule says which roles may use it at all and which id of the path the caller must be
 * able to reach ({@link PlanningReach}).
 * <p>
 * Refusals, always in this order:
 * <ol>
 *     <li>no valid token, or a token that does not say who, for which board, in which role: <b>401</b>;</li>
 *     <li>a role that never may do this, wherever (a team member changing an activity, an auditor changing
 *     anything, a school's staff asking for board coverage): <b>403</b>, before anything is looked up, so the
 *     answer is the same whether the id exists or not;</li>
 *     <li>a role that may, but not there: a school or activity of another board, a school the caller does not work
 *     at, a board that is not theirs: <b>404</b>, worded as if it did not exist; except registering a school id
 *     another board holds: <b>409</b> "taken", naming no board (a school id belongs to one board).</li>
 * </ol>
 * Reaching a school: school staff (leader, care coordinator, confidential counsellor, team member) reach the schools
 * of their token's {@code schools} claim, unless the school registry puts that school under another board; board-wide
 * roles (board administrator, auditor) reach the schools the registry puts under their board. Nobody's data here is
 * personal: activities concern year groups, never pupils.
 */
public enum AccessRule implements AdmissionRule<AccessRule.Target> {

    /** A school's registry entry, plan and activities: its staff (team members included), its board's admin and auditor. */
    READ_SCHOOL(Target.SCHOOL, EnumSet.allOf(StaffRole.class)),
    /** Adding an activity of the school's own. */
    CHANGE_SCHOOL_ACTIVITIES(Target.SCHOOL, EnumSet.of(SCHOOL_LEADER, CARE_COORDINATOR, CONFIDENTIAL_COUNSELLOR)),
    /** A new calendar feed address for the school (the old one stops working). */
    ROTATE_CALENDAR_TOKEN(Target.SCHOOL, EnumSet.of(SCHOOL_LEADER)),
    /**
     * Registering a school (or changing its region) under the caller's board. A school id belongs to one board:
     * another board's is refused as taken (409), before the body is read and without naming that board.
     */
    REGISTER_SCHOOL(Target.SCHOOL_TO_REGISTER, EnumSet.of(BOARD_ADMINISTRATOR)),
    /** One activity, by its id: whoever may read its school. */
    READ_ACTIVITY(Target.ACTIVITY, EnumSet.allOf(StaffRole.class)),
    /** Scheduling, completing, cancelling an activity: the staff of its school, team members excepted. */
    CHANGE_ACTIVITY(Target.ACTIVITY, EnumSet.of(SCHOOL_LEADER, CARE_COORDINATOR, CONFIDENTIAL_COUNSELLOR)),
    /** A board's planning settings and prevention coverage (aggregates, no personal data). */
    READ_BOARD(Target.BOARD, EnumSet.of(BOARD_ADMINISTRATOR, AUDITOR)),
    /** Changing a board's planning settings. */
    CHANGE_BOARD_SETTINGS(Target.BOARD, EnumSet.of(BOARD_ADMINISTRATOR)),
    /**
     * No sign-in: the calendar feed, whose address holds its own secret (calendar programs cannot send tokens).
     * Must also be open in {@link AccessConfiguration}.
     */
    OPEN(Target.NONE, EnumSet.noneOf(StaffRole.class)) {
        @Override
        public boolean open() {
            return true;
        }
    };

    /** Which path variable a rule checks, and how. */
    public enum Target {
        /** {@code {schoolId}}: a school the caller reaches. */
        SCHOOL,
        /** {@code {schoolId}}: a school not yet registered, or registered under the caller's board; else 409. */
        SCHOOL_TO_REGISTER,
        /** {@code {id}}: an activity of a school the caller reaches. */
        ACTIVITY,
        /** {@code {boardId}}: the caller's own board. */
        BOARD,
        NONE
    }

    private final Admission<Target> admission;

    AccessRule(Target target, Set<StaffRole> roles) {
        this.admission = new Admission<>(target, roles, null);
    }

    @Override
    public Admission<Target> admission() {
        return admission;
    }
}
