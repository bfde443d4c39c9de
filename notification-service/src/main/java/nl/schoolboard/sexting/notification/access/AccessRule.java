package nl.schoolboard.sexting.notification.access;

import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.platform.security.access.Admission;
import nl.schoolboard.sexting.platform.security.access.AdmissionRule;

import java.util.EnumSet;
import java.util.Set;

import static nl.schoolboard.sexting.platform.identity.StaffRole.AUDITOR;
import static nl.schoolboard.sexting.platform.identity.StaffRole.CARE_COORDINATOR;
import static nl.schoolboard.sexting.platform.identity.StaffRole.CONFIDENTIAL_COUNSELLOR;
import static nl.schoolboard.sexting.platform.identity.StaffRole.SCHOOL_LEADER;

/**
 * Who may do what in the notification service: its catalogue for platform's access guard, which applies an
 * endpoint's rule before its body is read. Each endpoint names one rule ({@link Guarded}); the rule says which roles
 * may use it at all (else 403) and what in the path the caller must reach ({@link NotificationReach}: a school's
 * directory, their own inbox; else 404, as if it were not there).
 */
public enum AccessRule implements AdmissionRule<AccessRule.Target> {

    /** What was told to whom about a case: the case's school's leader, care staff, and the board's auditor. */
    READ_DELIVERIES(Target.NONE, EnumSet.of(SCHOOL_LEADER, CARE_COORDINATOR, CONFIDENTIAL_COUNSELLOR, AUDITOR),
            "What was told to whom about a case is for the school's leader, care coordinator and confidential "
                    + "counsellor, and for the board's auditor."),
    /** A school's team list (see {@link NotificationReach}): the board in the path first, then the role, then the school. */
    KEEP_TEAM_LIST(Target.TEAM_LIST, EnumSet.allOf(StaffRole.class), null),
    /** The guardians of a school's pupils: its leader and care coordinator only. */
    KEEP_GUARDIANS(Target.GUARDIANS, EnumSet.allOf(StaffRole.class), null),
    /** The caller's own inbox: everybody has one. */
    OWN_INBOX(Target.NONE, EnumSet.allOf(StaffRole.class), null),
    /** The caller's own inbox, named by {@code {staffRef}} in the path: nobody else's exists for them. */
    OWN_INBOX_NAMED(Target.INBOX_OWNER, EnumSet.allOf(StaffRole.class), null),
    /** The privacy officer's subject access export and erasure, within their board. */
    PRIVACY_OFFICER(Target.NONE, EnumSet.of(AUDITOR), "This is for the board's privacy officer (auditor role).");

    /** What in the path a rule checks. */
    public enum Target {
        /** {@code {boardId}}/{@code {schoolId}}: a school whose team list the caller keeps. */
        TEAM_LIST,
        /** {@code {boardId}}/{@code {schoolId}}: a school whose guardians the caller keeps. */
        GUARDIANS,
        /** {@code {staffRef}}: the caller themselves. */
        INBOX_OWNER,
        NONE
    }

    private final Admission<Target> admission;

    AccessRule(Target target, Set<StaffRole> roles, String refusal) {
        this.admission = new Admission<>(target, roles, refusal);
    }

    @Override
    public Admission<Target> admission() {
        return admission;
    }
}
