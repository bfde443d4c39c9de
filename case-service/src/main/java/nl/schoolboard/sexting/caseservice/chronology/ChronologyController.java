package nl.schoolboard.sexting.caseservice.chronology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import nl.schoolboard.sexting.caseservice.access.AccessRule;
import nl.schoolboard.sexting.caseservice.access.Guarded;
import nl.schoolboard.sexting.caseservice.audit.PersonalDataReads;
import nl.schoolboard.sexting.caseservice.incident.query.CaseHistory;
import nl.schoolboard.sexting.caseservice.incident.query.CaseNotFound;
import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;

/**
 * {@code GET /api/cases/{caseId}/chronology.pdf?purpose=POLICE|TRANSFER|COMPLAINT[&shareReferences=true]}: the case's
 * chronology as a Dutch PDF, for whoever may read the case ({@link AccessRule#READ_CASE}) and holding what they see
 * there: the timeline's codes, no free text. Pupils' references are in it only when the school leader exports it and
 * shares them; anyone else asking for that is refused (403). The export is recorded in the audit trail, with its
 * purpose and whether references were shared, before the document is served. It is built from the event store, not from
 * the views: an export made right after a step was recorded holds that step, even while the views are still behind.
 */
@RestController
record ChronologyController(CaseHistory history, PersonalDataReads reads, Clock clock) {

    /** What the audit trail records an export as: {@code CHRONOLOGY_EXPORT_<purpose>[_WITH_REFERENCES]}. */
    static final String EXPORT = "CHRONOLOGY_EXPORT_";

    @Operation(summary = "The case's chronology as a Dutch PDF, for the police, a transfer or a complaint procedure")
    @Guarded(AccessRule.READ_CASE)
    @GetMapping(value = "/api/cases/{caseId}/chronology.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> export(@PathVariable String caseId,
                                  @Parameter(description = "POLICE, TRANSFER or COMPLAINT") @RequestParam(required = false) String purpose,
                                  @Parameter(description = "true: pupils by their school reference (school leader only)")
                                  @RequestParam(defaultValue = "false") boolean shareReferences,
                                  RequestActor actor) {
        ExportPurpose why = ExportPurpose.parse(purpose);
        if (shareReferences && actor.role() != StaffRole.SCHOOL_LEADER) {
            throw new NotAllowedForRole("sharing references in a chronology is for the school leader",
                    "references-for-school-leader-only", Map.of());
        }
        CaseHistory.OnRecord onRecord = history.onRecord(actor.boardId(), caseId)
                .orElseThrow(() -> new CaseNotFound(caseId));
        reads.record(actor, onRecord.view().schoolId(), caseId,
                EXPORT + why + (shareReferences ? "_WITH_REFERENCES" : ""), null);
        byte[] pdf = CaseChronology.pdf(new CaseChronology.Export(onRecord.view(), onRecord.timeline(), why,
                shareReferences, clock.instant(), actor.role().name()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chronologie-" + caseId + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
