package nl.schoolboard.sexting.caseservice.access;

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
import static nl.schoolboard.sexting.platform.identity.StaffRole.TEAM_MEMBER;

/**
 * Who may do what with cases: this service's catalogue for platform's access guard, which applies an endpoint's rule
 * before its body is read. Each endpoint names one rule ({@link Guarded}); the rule says which roles may use it at
 * all (else 403, before anything is looked up) and which case of the path the caller must reach ({@link CasePathReach},
 * else 404, worded as if the case did not exist). Who reaches which case is {@link CaseAccessPolicy}'s.
 */
public enum AccessRule implements AdmissionRule<AccessRule.Target> {

    /** Opening a case: school staff, team members included (the school in the body must be one of theirs). */
    REPORT_INCIDENT(Target.NONE, EnumSet.of(SCHOOL_LEADER, CARE_COORDINATOR, CONFIDENTIAL_COUNSELLOR, TEAM_MEMBER),
            "Reporting an incident is for school staff."),
    /** Recording a protocol step on a case of the caller's school; which roles may depends on the step. */
    TAKE_STEP(Target.CASE_STEP, EnumSet.allOf(StaffRole.class), null),
    /** The list of cases: school staff (their schools' cases) and team members (their own reports). */
    LIST_CASES(Target.NONE, EnumSet.of(SCHOOL_LEADER, CARE_COORDINATOR, CONFIDENTIAL_COUNSELLOR, TEAM_MEMBER), null) {
        @Override
        public String refusal(StaffRole role) {
            return role == BOARD_ADMINISTRATOR
                    ? "The board sees aggregates, not lists of cases: see /api/cases/board/dashboard and /statistics."
                    : "Auditors read the audit trail, not the cases themselves.";
        }
    },
    /** One case, its history and timeline: see {@link CaseAccessPolicy#mayReadCase}; a grant opens it to anyone. */
    READ_CASE(Target.CASE_TO_READ, EnumSet.allOf(StaffRole.class), null),
    /**
     * The team briefing of a case: exactly the staff members it names, at the case's school, whatever their role;
     * anyone else, their colleagues and school leader included, is answered as if there were nothing (404).
     */
    READ_BRIEFING(Target.BRIEFED_READER, EnumSet.allOf(StaffRole.class), null),
    /** Rebuilding the views: operators only, who act as auditor or board administrator. */
    REBUILD_PROJECTIONS(Target.NONE, EnumSet.of(AUDITOR, BOARD_ADMINISTRATOR), CaseAccessPolicy.REBUILD_REFUSAL),
    /** The board's dashboard and statistics (aggregates only). */
    READ_BOARD_FIGURES(Target.NONE, EnumSet.of(BOARD_ADMINISTRATOR, AUDITOR),
            "Board figures are for the board's administrators and auditors."),
    /** The audit trail of the board and its verification. */
    READ_AUDIT_TRAIL(Target.NONE, EnumSet.of(AUDITOR), "Only an auditor or privacy officer reads the audit trail."),
    /** The privacy officer's tools across the board: erasure on request, the subject access export. */
    PRIVACY_OFFICER(Target.NONE, EnumSet.of(AUDITOR), CaseAccessPolicy.PRIVACY_OFFICER_ONLY),
    /** The privacy officer holding a case of their board beyond its retention, or lifting the hold. */
    HOLD_CASE(Target.CASE_OF_BOARD, EnumSet.of(AUDITOR), CaseAccessPolicy.PRIVACY_OFFICER_ONLY);

    /** Which case of the path a rule checks, and how. */
    public enum Target {
        /** {@code {caseId}}: a case the caller may read. */
        CASE_TO_READ,
        /** {@code {caseId}} and {@code {step}}: a step the caller's role records, on a case of their school. */
        CASE_STEP,
        /** {@code {caseId}}: a case of the caller's board. */
        CASE_OF_BOARD,
        /** {@code {caseId}}: a case of the caller's school whose team briefing names the caller. */
        BRIEFED_READER,
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
