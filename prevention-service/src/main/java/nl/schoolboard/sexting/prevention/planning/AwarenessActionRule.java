package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A "whom can you turn to" action at the start of every school year, due by the end of the first
 * {@link BoardSettings#awarenessActionWithinSchoolWeeks()} school weeks (two by default) after the region's
 * zomervakantie. One per school and school year: {@code <school>:WHOM_TO_TURN_TO_ACTION:2027-2028}.
 */
public final class AwarenessActionRule {

    private AwarenessActionRule() {
    }

    /** The action of the school year, when the year's first school day is known. */
    public static Optional<PlannedEffect> forYear(String schoolId, SchoolYear year, Region region,
                                                  SchoolCalendar calendar, BoardSettings settings) {
        return calendar.firstSchoolDay(region, year).map(first -> new PlannedEffect(
                ActivityId.forSchool(schoolId, ActivityKind.WHOM_TO_TURN_TO_ACTION, year.toString()),
                ActivityKind.WHOM_TO_TURN_TO_ACTION,
                DueDateRule.endOfFirstSchoolWeeks(first, settings.awarenessActionWithinSchoolWeeks(),
                        calendar.schoolDays(region)),
                PlanningReason.START_OF_SCHOOL_YEAR));
    }

    /**
     * What to have on a given day: the current school year's action while its due date has not passed, and the
     * next school year's as soon as that year's start is known.
     */
    public static List<PlannedEffect> due(String schoolId, LocalDate today, Region region, SchoolCalendar calendar,
                                          BoardSettings settings) {
        List<PlannedEffect> effects = new ArrayList<>();
        SchoolYear current = SchoolYear.of(today);
        forYear(schoolId, current, region, calendar, settings)
                .filter(action -> !action.dueBy().isBefore(today))
                .ifPresent(effects::add);
        forYear(schoolId, current.next(), region, calendar, settings).ifPresent(effects::add);
        return effects;
    }
}
