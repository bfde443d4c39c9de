package nl.schoolboard.sexting.prevention.planning.web;

import nl.schoolboard.sexting.testsupport.CatalogueCoverage;

import java.util.List;

/** Every code the prevention service answers with has a Dutch and an English text. */
class PreventionWordsTest extends CatalogueCoverage {

    /** The codes of the service's problems and of its constraints' message templates ({@code {code}}). */
    static final List<String> CODES = List.of(PlanningProblems.INVALID_REQUEST, "value-unreadable-here",
            PlanningProblems.SCHOOL_ID_TAKEN, PlanningProblems.NOT_A_SCHOOL_DAY, "field-not-a-school-day",
            "prevention-activity-unknown", "prevention-activity-blank", PlanningProblems.CHANGED_CONCURRENTLY,
            "held-cannot-be-scheduled", "cancelled-cannot-be-scheduled", "held-before-scheduled", "already-held",
            "cancelled-cannot-be-held", "held-cannot-be-cancelled", "already-cancelled", "school-unknown",
            "school-not-registered", "school-out-of-reach", "board-out-of-reach", "calendar-feed-not-found",
            "only-own-board", "review-date-in-future", "school-year-malformed", "region-missing", "region-unknown",
            "date-missing", "start-time-missing", "location-missing", "led-by-missing", "attendance-missing",
            "attendance-negative", "attendance-too-high", "cancel-reason-missing", "year-group-malformed",
            "due-by-missing", "ends-before-start", "title-missing");
    static final List<String> TYPES = List.of(PlanningProblems.INVALID_REQUEST, PlanningProblems.NOT_A_SCHOOL_DAY,
            PlanningProblems.SCHOOL_ID_TAKEN, "prevention-activity-not-found", PlanningProblems.TRANSITION_NOT_ALLOWED,
            PlanningProblems.CHANGED_CONCURRENTLY, "school-not-found", "board-not-found", "calendar-feed-not-found");

    PreventionWordsTest() {
        super(CODES, TYPES);
    }
}
