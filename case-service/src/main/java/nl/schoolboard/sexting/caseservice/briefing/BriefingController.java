package nl.schoolboard.sexting.caseservice.briefing;

import io.swagger.v3.oas.annotations.Operation;
import nl.schoolboard.sexting.caseservice.access.AccessRule;
import nl.schoolboard.sexting.caseservice.access.Guarded;
import nl.schoolboard.sexting.caseservice.audit.PersonalDataReads;
import nl.schoolboard.sexting.caseservice.incident.query.CaseNotFound;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/cases/{caseId}/team-briefing}: the briefings of the case that name the caller, with the summary the
 * school leader wrote for the team. Only a briefed staff member of the case's school gets an answer (the access
 * rule {@link AccessRule#READ_BRIEFING}); for everybody else the case does not exist (404). Each read is recorded in
 * the audit trail before the text is answered.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/team-briefing")
record BriefingController(Briefings briefings, PersonalDataReads reads) {

    static final String READ = "TEAM_BRIEFING";

    @Operation(summary = "The team briefing, for the staff members it names",
            description = "404 for anyone the briefing does not name, colleagues and the school leader included.")
    @Guarded(AccessRule.READ_BRIEFING)
    @GetMapping
    BriefingsRead read(@PathVariable String caseId, RequestActor actor) {
        Briefings.ForOneReader meant = briefings.of(caseId, actor.userId())
                .filter(found -> actor.of(found.boardId()))
                .orElseThrow(() -> new CaseNotFound(caseId));
        reads.record(actor, meant.schoolId(), caseId, READ, null);
        return new BriefingsRead(caseId, meant.briefings());
    }

    /** What a briefed staff member reads: every briefing of the case that named them, oldest first. */
    record BriefingsRead(String caseId, List<Briefings.Briefing> briefings) {
    }
}
