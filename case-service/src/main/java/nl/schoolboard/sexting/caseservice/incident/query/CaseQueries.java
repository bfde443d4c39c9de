package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import nl.schoolboard.sexting.caseservice.access.AccessRule;
import nl.schoolboard.sexting.caseservice.access.CaseAccessPolicy;
import nl.schoolboard.sexting.caseservice.access.Guarded;
import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.caseservice.audit.PersonalDataReads;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every read of a case, always within the caller's school board: a case of another board is "not found" (404), never
 * "forbidden", and never shows any of its data.
 *
 * <ul>
 *   <li>{@code GET /api/cases?schoolId=&status=OPEN|CLOSED&overdue=true|false&from=&until=} — the board's cases, the
 *       most recent incident first, each with the version it reflects. All parameters optional, they combine;
 *       {@code from}/{@code until} bound when the incident came to light, inclusive, as a moment
 *       ({@code 2026-11-20T08:30:00Z}) or a date ({@code 2026-11-20}, a day in Europe/Amsterdam). A bad value is a
 *       400 naming the parameter.</li>
 *   <li>{@code GET /api/cases/{caseId}} — the case with its people and protocol checklist, from the projection;
 *       the {@code ETag} is the version it reflects (views may lag a moment behind a command's answer).</li>
 *   <li>{@code GET /api/cases/{caseId}?asOf=2026-11-21T10:00:00Z} — the case as it was known at that moment: folded
 *       from the event store (not the projection) over the events recorded by then, the same way the projection folds
 *       them. A date ({@code 2026-11-21}) means the end of that day. 404 if the case did not exist yet then.</li>
 *   <li>{@code GET /api/cases/{caseId}/timeline} — every fact of the case in the order it happened (ties in the
 *       order recorded), each with when it was recorded, by whom, and a summary of codes only.</li>
 *   <li>{@code POST /api/cases/projections/rebuild} — rebuilds the views from the event store (auditor or board
 *       administrator only; others get 403); answers 202 once the replay has started. See {@link ProjectionRebuild};
 *       the same is started by running the service with {@code --rebuild-projections}.</li>
 * </ul>
 * Who may read a case (and whether the case is theirs to see at all) is decided before the handler runs, by each
 * endpoint's {@link AccessRule}; a list is narrowed to the caller's schools in the query.
 */
@RestController
@RequestMapping("/api/cases")
class CaseQueries {

    private static final Logger log = LoggerFactory.getLogger(CaseQueries.class);

    private final CaseViews views;
    private final CaseHistory history;
    private final ProjectionRebuild rebuild;
    private final PersonalDataReads reads;
    private final CaseAccessPolicy policy;
    private final Set<String> operators;

    CaseQueries(CaseViews views, CaseHistory history, ProjectionRebuild rebuild, PersonalDataReads reads,
                CaseAccessPolicy policy,
                @org.springframework.beans.factory.annotation.Value("${case.projections.operators:}") List<String> operators) {
        this.operators = Set.copyOf(operators);
        this.reads = reads;
        this.policy = policy;
        this.views = views;
        this.history = history;
        this.rebuild = rebuild;
    }

    @Operation(summary = "The board's cases, most recent incident first, a page at a time",
            description = "Answers one page; X-Total-Count says how many cases the filter finds, and a Link header "
                    + "with rel=\"next\" names the next page while there is one.")
    @Guarded(AccessRule.LIST_CASES)
    @GetMapping
    ResponseEntity<List<CaseSummary>> list(
            @Parameter(description = "only this school") @RequestParam(required = false) String schoolId,
            @Parameter(description = "OPEN or CLOSED") @RequestParam(required = false) String status,
            @Parameter(description = "true: only cases with an overdue step; false: only cases without")
            @RequestParam(required = false) String overdue,
            @Parameter(description = "came to light at or after this moment or date")
            @RequestParam(required = false) String from,
            @Parameter(description = "came to light at or before this moment or date (a date: up to its end)")
            @RequestParam(required = false) String until,
            @Parameter(description = "the page, from 0") @RequestParam(required = false) String page,
            @Parameter(description = "cases per page: 50 unless given, at most 200")
            @RequestParam(required = false) String size,
            RequestActor actor,
            jakarta.servlet.http.HttpServletRequest request) {
        CaseListFilter filter = CaseListFilter.parse(schoolId, status, overdue, from, until);
        CaseListPage wanted = CaseListPage.parse(page, size);
        CaseViews.Listed listed = views.list(actor.boardId(), policy.listScope(actor, filter.schoolId()), filter, wanted);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", Long.toString(listed.total()));
        if (wanted.hasNext(listed.total())) {
            // relative: the gateway serves the list under the same path, the host a client used is its own
            String next = org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("page", wanted.page() + 1).replaceQueryParam("size", wanted.size())
                    .build().toUriString();
            answer.header(org.springframework.http.HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(listed.cases());
    }

    @Operation(summary = "One case with its people and checklist; with asOf, as it was known at that moment")
    @Guarded(AccessRule.READ_CASE)
    @GetMapping("/{caseId}")
    ResponseEntity<CaseView> find(@PathVariable String caseId,
                                  @Parameter(description = "a moment, e.g. 2026-11-21T10:00:00Z; a date means the end of that day (Europe/Amsterdam)")
                                  @RequestParam(required = false) String asOf,
                                  RequestActor actor) {
        CaseView view = asOf == null
                ? views.find(actor.boardId(), caseId).orElseThrow(() -> new CaseNotFound(caseId))
                : history.asOf(actor.boardId(), caseId, moment(asOf)).orElseThrow(() -> new CaseNotFound(caseId));
        reads.record(actor, view.schoolId(), caseId, asOf == null ? "CASE_DETAIL" : "CASE_AS_OF", null);
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @Operation(summary = "Every fact of the case in the order it happened, with when it was recorded")
    @Guarded(AccessRule.READ_CASE)
    @GetMapping("/{caseId}/timeline")
    Timeline timeline(@PathVariable String caseId, RequestActor actor) {
        CaseView view = views.find(actor.boardId(), caseId).orElseThrow(() -> new CaseNotFound(caseId));
        List<TimelineEntry> entries = views.timeline(actor.boardId(), caseId);
        if (entries.isEmpty()) {
            throw new CaseNotFound(caseId);
        }
        long version = entries.stream().mapToLong(TimelineEntry::sequence).max().orElseThrow();
        reads.record(actor, view.schoolId(), caseId, "CASE_TIMELINE", null);
        return new Timeline(caseId, version, entries);
    }

    @Operation(summary = "Rebuild the case views from the event store (auditor or board administrator)")
    @Guarded(AccessRule.REBUILD_PROJECTIONS)
    @PostMapping("/projections/rebuild")
    ResponseEntity<RebuildStarted> rebuild(RequestActor actor) {
        // the views hold every board's cases: rebuilding them is an operator's task, not one board's
        if (!operators.contains(actor.userId())) {
            throw NotAllowedForRole.forRole(actor.role(), AccessRule.REBUILD_PROJECTIONS.refusal(actor.role()));
        }
        log.info("Projection rebuild requested by {} as {}", actor.userId(), actor.role());
        return ResponseEntity.accepted().body(new RebuildStarted(rebuild.rebuild()));
    }

    /** The timeline of one case; {@code version} is the last case version it holds. */
    record Timeline(String caseId, long version, List<TimelineEntry> entries) {
    }

    /** The processors now replaying the event store; the views fill up again as they catch up. */
    record RebuildStarted(List<String> processors) {
    }

    @ExceptionHandler(ProjectionRebuild.RebuildRefused.class)
    ProblemDetail rebuildRefused(ProjectionRebuild.RebuildRefused e) {
        return Problems.coded(HttpStatus.CONFLICT, "rebuild-refused", "rebuild-refused");
    }

    private static Instant moment(String asOf) {
        Map<String, Violation> wrong = new HashMap<>();
        Instant moment = CaseListFilter.moment("asOf", asOf, true, wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidCommand(wrong);
        }
        return moment;
    }

}
