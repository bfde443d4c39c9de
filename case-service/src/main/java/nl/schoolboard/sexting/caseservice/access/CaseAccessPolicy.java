package nl.schoolboard.sexting.caseservice.access;

import java.util.Map;
import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.caseservice.incident.query.CaseNotFound;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see and do what with cases, within their own board (the board is checked everywhere already):
 * <ul>
 *   <li>school leaders, care coordinators and confidential counsellors: the cases of the schools they work at;</li>
 *   <li>team members: the cases they reported (and, through briefings, what was shared with them);</li>
 *   <li>board administrators: aggregates only (the board dashboard and statistics), no list, and no detail except of
 *   a case on the board's reporting-duty track (a staff member suspected), which the board itself must handle;</li>
 *   <li>auditors: the audit trail, not the cases themselves;</li>
 *   <li>anyone given access to one case for a limited time, until that time.</li>
 * </ul>
 * A case at a school the caller does not work at is "not found" (its existence is not revealed); a role that never
 * sees case details gets "forbidden". Which roles may use an endpoint at all is its {@link AccessRule}; platform's
 * access guard applies it, and {@link CasePathReach} asks this policy about the case in the path, before a request's
 * body is read. What remains for the handlers is what only a body or a query names: the school of a report, the
 * school a list is narrowed to.
 */
@Component
public class CaseAccessPolicy {

    public static final Set<StaffRole> SCHOOL_STAFF =
            EnumSet.of(StaffRole.SCHOOL_LEADER, StaffRole.CARE_COORDINATOR, StaffRole.CONFIDENTIAL_COUNSELLOR);
    static final String REBUILD_REFUSAL = "Rebuilding the case views is for the service's operators "
            + "(case.projections.operators), or at start-up with --rebuild-projections.";
    static final String PRIVACY_OFFICER_ONLY = "This is for the board's privacy officer (auditor role).";

    private final CaseAccessGrants grants;
    private final Clock clock;

    CaseAccessPolicy(CaseAccessGrants grants, Clock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    /** Where the list may look: which schools, and for team members only their own reports. */
    public record ListScope(Set<String> schools, String reportedBy) {
    }

    /** The school a report names (in its body) is one the reporter works at; their role was checked before. */
    public void mayReport(RequestActor actor, String schoolId) {
        if (schoolId != null && !actor.worksAt(schoolId)) {
            throw new NotAllowedForRole("reporter does not work at " + schoolId, "report-only-at-own-school", Map.of());
        }
    }

    void mayTakeStep(RequestActor actor, Set<StaffRole> allowed, String step) {
        if (!allowed.contains(actor.role())) {
            throw new NotAllowedForRole("step " + step + " not for " + actor.role(), "step-not-for-your-role",
                    Map.of("step", step, "role", actor.role()));
        }
    }

    /** Where a list may look; narrowed to {@code requestedSchool} (a query parameter) if it is one of the caller's. */
    public ListScope listScope(RequestActor actor, String requestedSchool) {
        if (requestedSchool != null && SCHOOL_STAFF.contains(actor.role()) && !actor.worksAt(requestedSchool)) {
            throw new NotAllowedForRole("list of a school not worked at", "cases-only-of-own-schools", Map.of());
        }
        return switch (actor.role()) {
            case SCHOOL_LEADER, CARE_COORDINATOR, CONFIDENTIAL_COUNSELLOR -> new ListScope(Set.copyOf(actor.schools()), null);
            case TEAM_MEMBER -> new ListScope(Set.copyOf(actor.schools()), actor.userId());
            // not let through by the rule; answered the same way should a handler ever ask
            case BOARD_ADMINISTRATOR, AUDITOR, MENTOR, SAFEGUARDING_OFFICER, ANTI_BULLYING_COORDINATOR ->
                    throw NotAllowedForRole.forRole(actor.role(), AccessRule.LIST_CASES.refusal(actor.role()));
        };
    }

    /**
     * @param schoolId   the case's school
     * @param reportedBy the user who reported it
     * @param boardsBusiness whether the case is on the board's reporting-duty track, which opens it to its people
     * @throws CaseNotFound      when the case lies outside the caller's schools (its existence is not revealed)
     * @throws NotAllowedForRole when the caller's role never reads case details
     */
    void mayReadCase(RequestActor actor, String caseId, String schoolId, String reportedBy, boolean boardsBusiness) {
        if (grants.isActive(caseId, actor.userId(), clock.instant())) {
            return;
        }
        switch (actor.role()) {
            case BOARD_ADMINISTRATOR -> {
                if (!boardsBusiness) {
                    throw new NotAllowedForRole("case details for " + actor.role() + " off the reporting-duty track",
                            "board-sees-counts-only", Map.of());
                }
            }
            case AUDITOR ->
                    throw new NotAllowedForRole("case details for " + actor.role(), "board-sees-counts-only", Map.of());
            // a team member sees what they reported; the roles that name the field's functions (mentor, ...) no more
            // than that until the access rules give them their own
            case TEAM_MEMBER, MENTOR, SAFEGUARDING_OFFICER, ANTI_BULLYING_COORDINATOR -> {
                if (!actor.worksAt(schoolId) || !actor.userId().equals(reportedBy)) {
                    throw new CaseNotFound(caseId);
                }
            }
            default -> {
                if (!actor.worksAt(schoolId)) {
                    throw new CaseNotFound(caseId);
                }
            }
        }
    }
}
