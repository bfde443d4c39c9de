package nl.schoolboard.sexting.caseservice.access;

import nl.schoolboard.sexting.caseservice.incident.refusal.CaseOutOfReach;
import nl.schoolboard.sexting.caseservice.incident.event.ReportingDutyTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.origin.CaseOrigin;
import nl.schoolboard.sexting.caseservice.incident.origin.CaseOrigins;
import nl.schoolboard.sexting.caseservice.incident.query.CaseNotFound;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.security.access.Reach;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a caller reaches the case in the path (see {@link AccessRule}), asked by platform's access guard before
 * the body is read. The case's board, school and reporter come from its first fact in the event store, which names
 * them for good ({@link CaseOrigins}, which remembers them), so the answer does not wait for the views to catch up. A case out of reach is answered as one that
 * does not exist (404): {@code CaseNotFound} for reads, {@code CaseOutOfReach} for commands, as their handlers would.
 * The command bus checks a command's reach once more (the command gate's {@code CaseReach}), for commands that do
 * not come through HTTP.
 */
@Component
record CasePathReach(CaseOrigins origins, EventStore events, CaseAccessPolicy policy, StepRoles steps)
        implements Reach<AccessRule> {

    @Override
    public void check(AccessRule rule, RequestActor caller, Map<String, String> path) {
        String caseId = path.get("caseId");
        switch (rule.target()) {
            case CASE_TO_READ -> {
                CaseOrigin reported = ofOwnBoard(caller, caseId).orElseThrow(() -> new CaseNotFound(caseId));
                policy.mayReadCase(caller, caseId, reported.schoolId(), reported.reportedBy(),
                        !caller.role().worksAtSchools() && onReportingDutyTrack(caseId));
            }
            case CASE_STEP -> {
                String step = path.get("step");
                policy.mayTakeStep(caller, steps.whoRecords(step), step);
                // the board's own people reach a case of their board once it is on the board's reporting-duty track
                ofOwnBoard(caller, caseId).filter(reported -> caller.role().worksAtSchools()
                                ? caller.worksAt(reported.schoolId()) : onReportingDutyTrack(caseId))
                        .orElseThrow(() -> new CaseOutOfReach(new CaseId(caseId)));
            }
            case CASE_OF_BOARD -> ofOwnBoard(caller, caseId).orElseThrow(() -> new CaseNotFound(caseId));
            case BRIEFED_READER -> ofOwnBoard(caller, caseId).filter(reported -> caller.worksAt(reported.schoolId()))
                    .filter(reported -> briefed(caseId, caller.userId()))
                    .orElseThrow(() -> new CaseNotFound(caseId));
            case NONE -> { }
        }
    }

    private Optional<CaseOrigin> ofOwnBoard(RequestActor caller, String caseId) {
        return origins.of(caseId).filter(origin -> caller.of(origin.boardId()));
    }

    /** Whether a staff member is suspected in the case, which makes it the board's business (reporting duty). */
    private boolean onReportingDutyTrack(String caseId) {
        return events.readEvents(caseId, 0L).asStream()
                .anyMatch(event -> event.getPayload() instanceof ReportingDutyTrackOpened);
    }

    /** Whether a team briefing of the case names {@code userId} (a staff reference is the staff member's user id). */
    private boolean briefed(String caseId, String userId) {
        PersonRef reader = new PersonRef(userId);
        return events.readEvents(caseId, 0L).asStream()
                .anyMatch(event -> event.getPayload() instanceof TeamBriefed briefing && briefing.staff().contains(reader));
    }
}
