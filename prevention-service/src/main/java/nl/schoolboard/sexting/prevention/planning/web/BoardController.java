package nl.schoolboard.sexting.prevention.planning.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.schoolboard.sexting.prevention.access.AccessRule;
import nl.schoolboard.sexting.prevention.access.Guarded;
import nl.schoolboard.sexting.prevention.planning.BoardSettings;
import nl.schoolboard.sexting.prevention.planning.BoardSettingsStore;
import nl.schoolboard.sexting.prevention.planning.PlanQueries;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * A board's planning settings and its prevention coverage across its schools (no personal data). Read by the board's
 * administrator and auditor, changed by its administrator ({@link AccessRule}).
 */
@RestController
@RequestMapping("/api/prevention/boards/{boardId}")
record BoardController(BoardSettingsStore settings, PlanQueries queries) {

    /** Settings to change; a field left out keeps the protocol's default. */
    record SettingsRequest(
            @Min(1) @Max(12) Integer lessonWithinSchoolWeeks,
            @Min(1) @Max(12) Integer urgentParentEveningWithinSchoolWeeks,
            Boolean urgentParentEveningWhenMinorNude,
            @Min(1) @Max(20) Integer urgentParentEveningFromIncidentInSchoolYear,
            @Min(1) @Max(36) Integer policyReviewIntervalMonths,
            @Min(1) @Max(26) Integer policyReviewWithinSchoolWeeks,
            @Min(1) @Max(12) Integer awarenessActionWithinSchoolWeeks) {
    }

    /** @param custom false when the board set nothing and the protocol's defaults apply */
    record SettingsView(String boardId, boolean custom, int lessonWithinSchoolWeeks,
                        int urgentParentEveningWithinSchoolWeeks, boolean urgentParentEveningWhenMinorNude,
                        int urgentParentEveningFromIncidentInSchoolYear, int policyReviewIntervalMonths,
                        int policyReviewWithinSchoolWeeks, int awarenessActionWithinSchoolWeeks) {

        static SettingsView of(String boardId, boolean custom, BoardSettings s) {
            return new SettingsView(boardId, custom, s.lessonWithinSchoolWeeks(),
                    s.urgentParentEveningWithinSchoolWeeks(), s.urgentParentEveningWhenMinorNude(),
                    s.urgentParentEveningFromIncidentInSchoolYear(), s.policyReviewIntervalMonths(),
                    s.policyReviewWithinSchoolWeeks(), s.awarenessActionWithinSchoolWeeks());
        }
    }

    record CountsView(int open, int done, int cancelled, int overdue) {

        static CountsView of(PlanQueries.Counts counts) {
            return new CountsView(counts.open(), counts.done(), counts.cancelled(), counts.overdue());
        }
    }

    record SchoolCoverageView(String schoolId, String name, Region region, boolean regionAssumed,
                              LocalDate policyLastReviewedOn, boolean policyReviewed, int lessonsGiven,
                              int lessonsOpen, int parentEveningsHeld) {
    }

    record CoverageView(String boardId, String schoolYear, LocalDate asOf, int schools, int schoolsWithReviewedPolicy,
                        double reviewedPolicyShare, long incidentsReported, CountsView lessonsAfterIncidents,
                        CountsView parentEvenings, CountsView policyReviews, CountsView whomToTurnToActions,
                        List<SchoolCoverageView> perSchool) {
    }

    @GetMapping("/settings")
    @Guarded(AccessRule.READ_BOARD)
    SettingsView settings(@PathVariable String boardId) {
        return settings.find(boardId).map(s -> SettingsView.of(boardId, true, s))
                .orElseGet(() -> SettingsView.of(boardId, false, BoardSettings.DEFAULTS));
    }

    @Guarded(AccessRule.CHANGE_BOARD_SETTINGS)
    @PutMapping("/settings")
    SettingsView save(@PathVariable String boardId, @Valid @RequestBody SettingsRequest request) {
        BoardSettings d = BoardSettings.DEFAULTS;
        BoardSettings next = new BoardSettings(
                or(request.lessonWithinSchoolWeeks(), d.lessonWithinSchoolWeeks()),
                or(request.urgentParentEveningWithinSchoolWeeks(), d.urgentParentEveningWithinSchoolWeeks()),
                request.urgentParentEveningWhenMinorNude() == null ? d.urgentParentEveningWhenMinorNude()
                        : request.urgentParentEveningWhenMinorNude(),
                or(request.urgentParentEveningFromIncidentInSchoolYear(),
                        d.urgentParentEveningFromIncidentInSchoolYear()),
                or(request.policyReviewIntervalMonths(), d.policyReviewIntervalMonths()),
                or(request.policyReviewWithinSchoolWeeks(), d.policyReviewWithinSchoolWeeks()),
                or(request.awarenessActionWithinSchoolWeeks(), d.awarenessActionWithinSchoolWeeks()));
        settings.save(boardId, next);
        return SettingsView.of(boardId, true, next);
    }

    /** Coverage in a school year ({@code 2026-2027}; the current one by default). */
    @Guarded(AccessRule.READ_BOARD)
    @GetMapping("/coverage")
    CoverageView coverage(@PathVariable String boardId, @RequestParam(required = false) String schoolYear) {
        SchoolYear year;
        try {
            year = schoolYear == null || schoolYear.isBlank() ? queries.currentSchoolYear() : SchoolYear.parse(schoolYear);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("schoolYear", "school-year-malformed");
        }
        PlanQueries.BoardCoverage c = queries.coverage(boardId, year);
        return new CoverageView(c.boardId(), c.schoolYear().toString(), c.asOf(), c.schools(),
                c.schoolsWithReviewedPolicy(), c.reviewedPolicyShare(), c.incidentsReported(),
                CountsView.of(c.lessonsAfterIncidents()), CountsView.of(c.parentEvenings()),
                CountsView.of(c.policyReviews()), CountsView.of(c.whomToTurnToActions()),
                c.perSchool().stream().map(s -> new SchoolCoverageView(s.schoolId(), s.name(), s.region(),
                        s.regionAssumed(), s.policyLastReviewedOn(), s.policyReviewed(), s.lessonsGiven(),
                        s.lessonsOpen(), s.parentEveningsHeld())).toList());
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
