package nl.schoolboard.sexting.caseservice.privacy;

import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import nl.schoolboard.sexting.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import nl.schoolboard.sexting.caseservice.access.AccessRule;
import nl.schoolboard.sexting.caseservice.access.Guarded;
import nl.schoolboard.sexting.caseservice.actor.MetaDataKeys;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.caseservice.audit.PersonalDataReads;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.command.ChangeLegalHold;
import nl.schoolboard.sexting.caseservice.incident.command.ErasePersonalData;
import nl.schoolboard.sexting.caseservice.incident.model.ErasureReason;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.query.CaseHistory;
import nl.schoolboard.sexting.caseservice.incident.query.CaseView;
import nl.schoolboard.sexting.caseservice.incident.query.CaseViews;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The privacy officer's (functionaris gegevensbescherming, role AUDITOR) tools for the AVG/GDPR, within their own
 * board: erase a person's data on request, hold a case beyond its retention, and export everything the case service
 * holds about one pupil. Only the privacy officer, and only a case of their board, decided before a body is read
 * ({@link AccessRule#PRIVACY_OFFICER}, {@link AccessRule#HOLD_CASE}).
 */
@RestController
@RequestMapping("/api/privacy")
record PrivacyController(CommandGateway commands, CaseViews views, CaseHistory history, PersonalDataReads reads,
                         Clock clock, OtherServicesExport otherServices, CasesOfAPerson cases) {

    private static final Logger log = LoggerFactory.getLogger(PrivacyController.class);

    record ErasureRequest(String schoolId, String personRef) {
    }

    record ErasureDone(List<String> erasedIn, List<String> heldIn) {
    }

    record HoldRequest(String reason) {
    }

    /**
     * Erases the person's texts in every case of theirs at that school, as the event store knows them (not a view,
     * which may lag); cases under legal hold are named, not erased.
     */
    @Guarded(AccessRule.PRIVACY_OFFICER)
    @PostMapping("/erasures")
    ErasureDone erase(@RequestBody ErasureRequest request, RequestActor officer) {
        if (request == null || request.schoolId() == null || !PersonRef.isWellFormed(request.personRef())) {
            throw InvalidCommand.of("personRef", RuleCode.ERASURE_SUBJECT_REQUIRED);
        }
        List<String> erased = new ArrayList<>();
        List<String> held = new ArrayList<>();
        PersonRef subject = new PersonRef(request.personRef());
        for (CasesOfAPerson.CaseOfThePerson found : cases.of(officer.boardId(), request.schoolId(), subject)) {
            if (found.underLegalHold()) {
                held.add(found.caseId());
                continue;
            }
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ErasePersonalData(new CaseId(found.caseId()),
                    clock.instant(), subject, ErasureReason.SUBJECT_REQUEST)).andMetaData(as(officer)));
            erased.add(found.caseId());
        }
        return new ErasureDone(erased, held);
    }

    @Guarded(AccessRule.HOLD_CASE)
    @PostMapping("/cases/{caseId}/legal-hold")
    Map<String, Object> hold(@PathVariable String caseId, @RequestBody HoldRequest request, RequestActor officer) {
        return changeLegalHold(officer, caseId, true, request);
    }

    @Guarded(AccessRule.HOLD_CASE)
    @PostMapping("/cases/{caseId}/legal-hold/lift")
    Map<String, Object> lift(@PathVariable String caseId, @RequestBody HoldRequest request, RequestActor officer) {
        return changeLegalHold(officer, caseId, false, request);
    }

    /** Places or lifts the hold (the guard has checked the officer and the case); answers with its new version. */
    private Map<String, Object> changeLegalHold(RequestActor officer, String caseId, boolean held,
                                                HoldRequest request) {
        ChangeLegalHold change = new ChangeLegalHold(new CaseId(caseId), null, clock.instant(), held, reasonOf(request));
        Long version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(change).andMetaData(as(officer)));
        return Map.of("caseId", caseId, "version", version, "legalHold", held);
    }

    private static String reasonOf(HoldRequest request) {
        return request == null ? null : request.reason();
    }

    /**
     * Everything stored about one pupil across the services, as JSON: the case service's facts about them, and the
     * other services' parts; nothing about anyone else.
     */
    @Guarded(AccessRule.PRIVACY_OFFICER)
    @GetMapping("/subjects/{schoolId}/{personRef}")
    Map<String, Object> export(@PathVariable String schoolId, @PathVariable String personRef, RequestActor officer,
                               HttpServletRequest http) {
        List<Map<String, Object>> cases = new ArrayList<>();
        for (CaseView view : views.involving(officer.boardId(), schoolId, personRef)) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("caseId", view.caseId());
            section.put("status", view.status());
            section.put("personalDataErased", view.personalDataErased());
            view.people().stream().filter(p -> p.ref().equals(personRef)).findFirst().ifPresent(p -> {
                section.put("kind", p.kind());
                section.put("currentRole", p.role());
            });
            section.put("facts", SubjectExport.facts(history.facts(view.caseId()), personRef));
            cases.add(section);
        }
        reads.record(officer, schoolId, null, "SUBJECT_ACCESS_EXPORT", personRef);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("subject", Map.of("boardId", officer.boardId(), "schoolId", schoolId, "personRef", personRef));
        export.put("exportedAt", clock.instant());
        export.put("cases", cases);
        export.put("otherServices", otherServices.about(schoolId, personRef, http));
        return export;
    }

    @ExceptionHandler(OtherServicesExport.ExportIncomplete.class)
    ProblemDetail incomplete(OtherServicesExport.ExportIncomplete e) {
        log.warn("subject access export incomplete: {}", e.getMessage());
        return Problems.coded(HttpStatus.SERVICE_UNAVAILABLE, "export-incomplete", "export-incomplete");
    }

    private static MetaData as(RequestActor officer) {
        return MetaData.with(MetaDataKeys.ACTOR_ID, officer.userId()).and(MetaDataKeys.ACTOR_ROLE, officer.role().name())
                .and(MetaDataKeys.BOARD_ID, officer.boardId())
                .and(MetaDataKeys.REQUEST_CORRELATION_ID, officer.correlationId());
    }
}
