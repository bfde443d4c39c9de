package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.SchoolDays;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;
import nl.schoolboard.sexting.platform.calendar.Term;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A parent evening on online behaviour for the school after an incident:
 * <ul>
 *     <li>within the term (up to the next school holiday of the region), but never with less time than the urgent
 *     window;</li>
 *     <li>within {@link BoardSettings#urgentParentEveningWithinSchoolWeeks()} school weeks (two by default) when the
 *     material showed a minor nude, or when the incident is the school's
 *     {@link BoardSettings#urgentParentEveningFromIncidentInSchoolYear()}th (second by default) of the school
 *     year;</li>
 *     <li>no second evening when one is already planned in that window: an evening that is only planned (no date
 *     yet) is brought forward to the window if needed; one scheduled or held inside the window is enough. Only
 *     when none is there is a new one planned.</li>
 * </ul>
 * A new evening's id names the school, the term and a count ({@code <school>:PARENT_EVENING:2026-2027:
 * KERSTVAKANTIE:1}), so two incidents handled at once decide on the same id and the store keeps one.
 */
public final class ParentEveningRule {

    /** Where the holidays are not known, "the term" is this many school weeks. */
    static final int TERM_WEEKS_WITHOUT_HOLIDAY_DATA = 8;

    private ParentEveningRule() {
    }

    /**
     * @param incidentDay           the day the incident was reported
     * @param incidentsInSchoolYear the school's incidents in the school year so far, this one included
     * @param eveningsOfSchool      the school's parent evenings as they are now (other kinds are passed by)
     * @return the evening to have, or empty when one in the window is already scheduled or held
     */
    public static Optional<PlannedEffect> decide(String schoolId, LocalDate incidentDay, boolean minorNudeInvolved,
                                                 long incidentsInSchoolYear, BoardSettings settings,
                                                 SchoolCalendar calendar, Region region,
                                                 List<PreventionActivity> eveningsOfSchool) {
        SchoolDays schoolDays = calendar.schoolDays(region);
        LocalDate start = DueDateRule.firstSchoolDayOnOrAfter(incidentDay, schoolDays);
        PlanningReason urgency = minorNudeInvolved && settings.urgentParentEveningWhenMinorNude()
                ? PlanningReason.MINOR_NUDE_INVOLVED
                : incidentsInSchoolYear >= settings.urgentParentEveningFromIncidentInSchoolYear()
                ? PlanningReason.REPEATED_INCIDENT_IN_SCHOOL_YEAR
                : null;
        LocalDate urgentDue = DueDateRule.schoolWeeksAfter(start, settings.urgentParentEveningWithinSchoolWeeks(),
                schoolDays);
        Optional<Term> term = calendar.termOf(region, start);
        LocalDate due;
        if (urgency != null) {
            due = urgentDue;
        } else {
            LocalDate termEnd = term.map(Term::lastSchoolDay)
                    .orElseGet(() -> DueDateRule.schoolWeeksAfter(start, TERM_WEEKS_WITHOUT_HOLIDAY_DATA, schoolDays));
            due = termEnd.isBefore(urgentDue) ? urgentDue : termEnd;
        }
        PlanningReason reason = urgency != null ? urgency : PlanningReason.INCIDENT_THIS_TERM;

        for (PreventionActivity evening : eveningsOfSchool) {
            if (evening.kind() != ActivityKind.PARENT_EVENING) {
                continue;
            }
            if (evening.status() == ActivityStatus.PLANNED) {
                // planned but without a date: that is the evening; it is brought forward if it is due too late
                return Optional.of(new PlannedEffect(evening.id(), ActivityKind.PARENT_EVENING, due, reason));
            }
            if ((evening.status() == ActivityStatus.SCHEDULED || evening.status() == ActivityStatus.DONE)
                    && !evening.schedule().date().isBefore(start) && !evening.schedule().date().isAfter(due)) {
                return Optional.empty();
            }
        }
        String period = term.map(Term::key)
                .orElseGet(() -> SchoolYear.of(start) + ":" + start.getYear() + "-" + start.getMonthValue());
        int n = 1;
        while (taken(eveningsOfSchool, ActivityId.forSchool(schoolId, ActivityKind.PARENT_EVENING, period, n))) {
            n++;
        }
        return Optional.of(new PlannedEffect(ActivityId.forSchool(schoolId, ActivityKind.PARENT_EVENING, period, n),
                ActivityKind.PARENT_EVENING, due, reason));
    }

    static boolean taken(List<PreventionActivity> activities, ActivityId id) {
        return activities.stream().anyMatch(activity -> activity.id().equals(id));
    }
}
