package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.access.AccessRule;
import nl.schoolboard.sexting.caseservice.access.CaseAccessPolicy;
import nl.schoolboard.sexting.caseservice.access.Guarded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.command.ReportIncident;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Reporting an incident: opens a case. Reading cases is {@code incident.query.CaseQueries}. */
@RestController
@RequestMapping("/api/cases")
record CaseController(CommandGateway commands, CaseAccessPolicy policy) {

    /**
     * Opens a case. With an {@code Idempotency-Key} header, repeating the same request (after a time-out, say)
     * answers with the same case instead of opening a second one.
     */
    @Guarded(AccessRule.REPORT_INCIDENT)
    @PostMapping
    ResponseEntity<CaseAccepted> report(@RequestBody(required = false) ReportRequest body,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                        RequestActor actor) {
        ReportRequest request = body == null ? new ReportRequest(null, null, null, null, null, null, null, null) : body;
        policy.mayReport(actor, request.schoolId());
        BoardId board = new BoardId(actor.boardId());
        CaseId caseId = idempotencyKey == null || idempotencyKey.isBlank()
                ? CaseId.random()
                : CaseId.forIdempotencyKey(board, idempotencyKey.trim());
        ReportIncident command = new ReportIncident(caseId, board,
                request.schoolId() == null ? null : new SchoolId(request.schoolId()),
                request.cameToLightAt(), request.cameToLightHow(), request.materialKind(), request.platforms(),
                request.minorNudeInvolved(), pupils(request.involvedPupils()), request.yearGroups(),
                new Reporter(actor.userId(), actor.role().name()));
        Long version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(CommandMetaData.of(actor, null)));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId.value()))
                .eTag(Long.toString(version))
                .body(new CaseAccepted(caseId.value(), version));
    }

    private static List<InvolvedPupil> pupils(List<ReportRequest.Pupil> pupils) {
        if (pupils == null) {
            return null;
        }
        return pupils.stream()
                .map(p -> p == null ? null : new InvolvedPupil(p.pupilRef() == null ? null : new PersonRef(p.pupilRef()), p.role()))
                .toList();
    }
}
