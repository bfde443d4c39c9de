package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.caseservice.access.AccessRule;
import nl.schoolboard.sexting.caseservice.access.Guarded;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The audit trail for auditors (and privacy officers), within their own board: every action over time, filtered by
 * case, actor, school and period; and the verification of the hash chain. For auditors only
 * ({@link AccessRule#READ_AUDIT_TRAIL}).
 */
@RestController
@RequestMapping("/api/audit")
record AuditQueries(AuditTrail trail, ChainVerifier verifier, AuditCheckpointer checkpointer) {

    private static final int MAX_ENTRIES = 1_000;

    /** Entries in the order they were recorded; {@code from}/{@code until} bound when the action happened. */
    @Guarded(AccessRule.READ_AUDIT_TRAIL)
    @GetMapping
    List<AuditEntry> entries(@RequestParam(required = false) String caseId,
                             @RequestParam(required = false) String actorId,
                             @RequestParam(required = false) String schoolId,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String until,
                             RequestActor auditor) {
        Criteria criteria = Criteria.where("boardId").is(auditor.boardId());
        if (caseId != null) criteria = criteria.and("caseId").is(caseId);
        if (actorId != null) criteria = criteria.and("actorId").is(actorId);
        if (schoolId != null) criteria = criteria.and("schoolId").is(schoolId);
        Instant start = instant("from", from);
        Instant end = instant("until", until);
        if (start != null || end != null) {
            Criteria period = Criteria.where("occurredAt");
            if (start != null) period = period.gte(start);
            if (end != null) period = period.lte(end);
            criteria = criteria.andOperator(period);
        }
        return trail.find(Query.query(criteria).with(Sort.by("seq")).limit(MAX_ENTRIES));
    }

    @Guarded(AccessRule.READ_AUDIT_TRAIL)
    @GetMapping("/verify")
    ChainVerification verify(RequestActor auditor) {
        return verifier.verify(auditor.boardId());
    }

    /**
     * Checkpoints the board's chain head now, outside the database (e.g. at the start of an inspection), besides the
     * checkpoints taken at intervals; answers the checkpoint that stands, or 204 when the trail is still empty.
     */
    @Guarded(AccessRule.READ_AUDIT_TRAIL)
    @PostMapping("/checkpoint")
    ResponseEntity<Checkpoint> checkpoint(RequestActor auditor) {
        return checkpointer.checkpoint(auditor.boardId())
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidCommand.of(name, RuleCode.NOT_A_MOMENT);
        }
    }
}
