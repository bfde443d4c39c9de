package nl.schoolboard.sexting.prevention.planning.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.schoolboard.sexting.prevention.access.AccessRule;
import nl.schoolboard.sexting.prevention.access.Guarded;
import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.prevention.planning.ChangedBy;
import nl.schoolboard.sexting.platform.tracing.TraceIds;
import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityKind;
import nl.schoolboard.sexting.prevention.planning.ActivityLifecycle;
import nl.schoolboard.sexting.prevention.planning.CancellationReason;
import nl.schoolboard.sexting.prevention.planning.SchoolDirectory;
import nl.schoolboard.sexting.prevention.planning.Schedule;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * What a school does with its activities: schedule or reschedule (date, time, place, who leads), record as held
 * (with attendance) or cancelled (with a reason), and add its own. Each answers with the activity as it is now;
 * each change is published on {@code prevention-events} with who made it. For the staff of the activity's school
 * (school leader, care coordinator, confidential counsellor; see {@link AccessRule}).
 */
@RestController
@RequestMapping("/api/prevention")
record ActivityCommandController(ActivityLifecycle lifecycle, SchoolDirectory schools) {

    /** An activity without an end time lasts this long. */
    static final int DEFAULT_DURATION_MINUTES = 90;

    record ScheduleRequest(
            @NotNull(message = "{date-missing}") LocalDate date,
            @NotNull(message = "{start-time-missing}") LocalTime startTime,
            LocalTime endTime,
            @NotBlank(message = "{location-missing}") @Size(max = 200) String location,
            @NotBlank(message = "{led-by-missing}") @Size(max = 200) String ledBy) {
    }

    record CompleteRequest(
            @NotNull(message = "{attendance-missing}") @Min(value = 0, message = "{attendance-negative}")
            @Max(value = 100_000, message = "{attendance-too-high}") Integer attendance) {
    }

    /**
     * @param reasonCode why, as a code (published; {@code OTHER} when not given)
     * @param reason     why, in the school's words (kept in this service only)
     */
    record CancelRequest(CancellationReason reasonCode,
                         @NotBlank(message = "{cancel-reason-missing}") @Size(max = 500) String reason) {
    }

    /** @param boardId optional: the caller's board (a school belongs to the board of those who work there) */
    record NewActivityRequest(
            ActivityKind kind,
            @Size(max = 200) String title,
            List<@NotBlank @Pattern(regexp = "[A-Za-z0-9 -]{1,20}",
                    message = "{year-group-malformed}") String> yearGroups,
            @NotNull(message = "{due-by-missing}") LocalDate dueBy,
            @Size(max = 100) String boardId) {
    }

    @Guarded(AccessRule.CHANGE_ACTIVITY)
    @PostMapping("/activities/{id}/schedule")
    ActivityView schedule(@PathVariable String id, @Valid @RequestBody ScheduleRequest request, RequestActor actor) {
        LocalTime end = request.endTime() != null ? request.endTime()
                : request.startTime().plusMinutes(DEFAULT_DURATION_MINUTES);
        if (!end.isAfter(request.startTime())) {
            throw new InvalidRequest("endTime", "ends-before-start", Map.of("start", request.startTime()));
        }
        return ActivityView.of(lifecycle.schedule(ActivityId.of(id), new Schedule(request.date(),
                request.startTime(), end, request.location().strip(), request.ledBy().strip()), changedBy(actor),
                correlationId()));
    }

    @Guarded(AccessRule.CHANGE_ACTIVITY)
    @PostMapping("/activities/{id}/complete")
    ActivityView complete(@PathVariable String id, @Valid @RequestBody CompleteRequest request, RequestActor actor) {
        return ActivityView.of(lifecycle.complete(ActivityId.of(id), request.attendance(), changedBy(actor),
                correlationId()));
    }

    @Guarded(AccessRule.CHANGE_ACTIVITY)
    @PostMapping("/activities/{id}/cancel")
    ActivityView cancel(@PathVariable String id, @Valid @RequestBody CancelRequest request, RequestActor actor) {
        return ActivityView.of(lifecycle.cancel(ActivityId.of(id),
                request.reasonCode() == null ? CancellationReason.OTHER : request.reasonCode(), request.reason().strip(),
                changedBy(actor),
                correlationId()));
    }

    /**
     * A school's own activity; {@code kind} defaults to {@code OTHER}, which needs a title. A school not known here
     * yet becomes known under the caller's board (its region assumed until the board registers it).
     */
    @Guarded(AccessRule.CHANGE_SCHOOL_ACTIVITIES)
    @PostMapping("/schools/{schoolId}/activities")
    ResponseEntity<ActivityView> add(@PathVariable String schoolId, @Valid @RequestBody NewActivityRequest request,
                                     RequestActor actor) {
        if (request.boardId() != null && !request.boardId().isBlank() && !request.boardId().equals(actor.boardId())) {
            throw new NotAllowedForRole("plan for another board", "only-own-board", Map.of());
        }
        ActivityKind kind = request.kind() == null ? ActivityKind.OTHER : request.kind();
        if (kind == ActivityKind.OTHER && (request.title() == null || request.title().isBlank())) {
            throw new InvalidRequest("title", "title-missing");
        }
        schools.ensureKnown(schoolId, actor.boardId()); // refuses another board's school id
        ActivityView created = ActivityView.of(lifecycle.add(new ActivityLifecycle.NewActivity(schoolId,
                actor.boardId(), kind, request.title() == null ? null : request.title().strip(), request.yearGroups(),
                request.dueBy()), changedBy(actor), correlationId()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/prevention/activities/{id}").buildAndExpand(created.id()).toUri()).body(created);
    }

    private static String correlationId() {
        return TraceIds.currentOrNew();
    }

    /** How a change this person makes is recorded: user id and acting role, never a name. */
    private static ChangedBy changedBy(RequestActor actor) {
        return new ChangedBy(actor.userId(), actor.role().name());
    }
}
