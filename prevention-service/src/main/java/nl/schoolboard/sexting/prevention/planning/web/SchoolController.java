package nl.schoolboard.sexting.prevention.planning.web;

import nl.schoolboard.sexting.platform.problem.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.schoolboard.sexting.prevention.access.AccessRule;
import nl.schoolboard.sexting.prevention.access.Guarded;
import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.tracing.TraceIds;
import nl.schoolboard.sexting.prevention.planning.ActivityPlanner;
import nl.schoolboard.sexting.prevention.planning.DueDateRule;
import nl.schoolboard.sexting.prevention.planning.PlanQueries;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.prevention.planning.School;
import nl.schoolboard.sexting.prevention.planning.SchoolDirectory;
import nl.schoolboard.sexting.platform.calendar.SchoolHoliday;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The school registry (board and holiday region; no personal data) and a school's plan for a school year. A school
 * that is not registered is planned as if in region {@code MIDDEN}, and the plan says so ({@code regionAssumed}).
 * A board administrator registers the schools of their board; whoever may read a school reads its entry and plan
 * ({@link AccessRule}).
 */
@RestController
@RequestMapping("/api/prevention/schools/{schoolId}")
record SchoolController(SchoolDirectory schools, PlanQueries queries, ActivityPlanner planner, Clock clock) {

    /** @param boardId optional: the caller's own board, the only one they can register schools for */
    record SchoolRequest(
            @Size(max = 100) String boardId,
            @Size(max = 200) String name,
            @NotNull(message = "{region-missing}")
            @Pattern(regexp = "(?i)noord|midden|zuid", message = "{region-unknown}") String region,
            LocalDate policyLastReviewedOn) {
    }

    record SchoolView(String schoolId, String boardId, String name, Region region, boolean regionAssumed,
                      LocalDate policyLastReviewedOn) {

        static SchoolView of(School school) {
            return new SchoolView(school.schoolId(), school.boardId(), school.name(), school.region(),
                    school.regionAssumed(), school.policyLastReviewedOn());
        }
    }

    record HolidayView(String name, LocalDate firstDay, LocalDate lastDay) {

        static HolidayView of(SchoolHoliday holiday) {
            return new HolidayView(holiday.name().dutch(), holiday.firstDay(), holiday.lastDay());
        }
    }

    /**
     * @param registered    false when the school is unknown here (nothing was registered or reported for it)
     * @param regionAssumed true when the region was not given and {@code MIDDEN} is used
     * @param holidaysKnown whether the school holidays of that year are in the shipped data
     */
    record SchoolPlanView(String schoolId, String boardId, String name, Region region, boolean regionAssumed,
                          boolean registered, String schoolYear, boolean holidaysKnown, LocalDate firstSchoolDay,
                          LocalDate lastSchoolDay, List<HolidayView> holidays, List<ActivityView> activities) {
    }

    /**
     * Registers the school under the caller's board (or changes its region, name or last policy review); plans its
     * start-of-year action. A school id another board holds is refused (409), without saying which board: a school
     * id belongs to one board.
     */
    @Guarded(AccessRule.REGISTER_SCHOOL)
    @PutMapping
    SchoolView register(@PathVariable String schoolId, @Valid @RequestBody SchoolRequest request,
                        RequestActor actor) {
        if (request.boardId() != null && !request.boardId().isBlank() && !request.boardId().equals(actor.boardId())) {
            throw new NotAllowedForRole("school of another board", "only-own-board", Map.of());
        }
        if (request.policyLastReviewedOn() != null
                && request.policyLastReviewedOn().isAfter(DueDateRule.dayOf(clock.instant()))) {
            throw new InvalidRequest("policyLastReviewedOn", "review-date-in-future");
        }
        School school = schools.register(new School(schoolId, actor.boardId(),
                request.name() == null || request.name().isBlank() ? null : request.name().strip(),
                Region.parse(request.region()).orElseThrow(), false, request.policyLastReviewedOn()));
        planner.planSchoolYearStart(school, DueDateRule.dayOf(clock.instant()), TraceIds.currentOrNew());
        return SchoolView.of(school);
    }

    @Guarded(AccessRule.READ_SCHOOL)
    @GetMapping
    SchoolView school(@PathVariable String schoolId, RequestActor actor) {
        return schools.find(actor.boardId(), schoolId).map(SchoolView::of).orElseThrow(() -> new UnknownSchool(schoolId));
    }

    /** The plan for a school year ({@code 2026-2027}; the current one by default). */
    @Guarded(AccessRule.READ_SCHOOL)
    @GetMapping("/plan")
    SchoolPlanView plan(@PathVariable String schoolId, @RequestParam(required = false) String schoolYear,
                        RequestActor actor) {
        SchoolYear year;
        try {
            year = schoolYear == null || schoolYear.isBlank() ? queries.currentSchoolYear() : SchoolYear.parse(schoolYear);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("schoolYear", "school-year-malformed");
        }
        PlanQueries.SchoolPlan plan = queries.planFor(actor.boardId(), schoolId, year);
        School school = plan.school();
        return new SchoolPlanView(school.schoolId(), school.boardId(), school.name(), school.region(),
                school.regionAssumed(), plan.registered(), year.toString(), plan.holidaysKnown(),
                plan.firstSchoolDay(), plan.lastSchoolDay(), plan.holidays().stream().map(HolidayView::of).toList(),
                plan.activities().stream().map(ActivityView::of).toList());
    }

    /** A school id nobody registered or reported: 404. */
    static final class UnknownSchool extends ErrorResponseException {

        UnknownSchool(String schoolId) {
            super(HttpStatus.NOT_FOUND, Problems.coded(HttpStatus.NOT_FOUND, "school-not-found", "school-unknown",
                    Map.of("schoolId", schoolId)), null);
        }
    }
}
