package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Counting in school days. "Within n school weeks of a report" is the (5·n)th school day after the first school day
 * on or after the day of the report.
 * <p>
 * With Monday-to-Friday school days this is the same weekday n weeks later, and a report made on a weekend counts
 * from the Monday after it; the due date is never a day without school. A holiday inside the weeks pushes the date
 * out by its school days, because school days are counted. The day of a report is the day in the Netherlands
 * ({@value #SCHOOL_TIME_ZONE}), not in UTC.
 */
public final class DueDateRule {

    /** The lesson's default lead time: three school weeks. */
    public static final int LEAD_TIME_SCHOOL_DAYS = 15;
    public static final int SCHOOL_DAYS_PER_WEEK = 5;
    public static final String SCHOOL_TIME_ZONE = "Europe/Amsterdam";
    public static final ZoneId ZONE = ZoneId.of(SCHOOL_TIME_ZONE);

    /** A calendar without a school day in a whole year is a mistake, not a reason to loop forever. */
    private static final int MAX_DAYS_SEARCHED = 366;

    private DueDateRule() {
    }

    /** Three school weeks after a report. */
    public static LocalDate dueBy(Instant reportedAt, SchoolDays schoolDays) {
        return schoolDaysAfter(dayOf(reportedAt), LEAD_TIME_SCHOOL_DAYS, schoolDays);
    }

    /** {@code weeks} school weeks after the day. */
    public static LocalDate schoolWeeksAfter(LocalDate day, int weeks, SchoolDays schoolDays) {
        return schoolDaysAfter(day, weeks * SCHOOL_DAYS_PER_WEEK, schoolDays);
    }

    /** The {@code count}th school day after the first school day on or after {@code day}. */
    public static LocalDate schoolDaysAfter(LocalDate day, int count, SchoolDays schoolDays) {
        LocalDate at = firstSchoolDayOnOrAfter(day, schoolDays);
        for (int counted = 0; counted < count; counted++) {
            at = firstSchoolDayOnOrAfter(at.plusDays(1), schoolDays);
        }
        return at;
    }

    /** The last school day of the first {@code weeks} school weeks that start on {@code firstSchoolDay}. */
    public static LocalDate endOfFirstSchoolWeeks(LocalDate firstSchoolDay, int weeks, SchoolDays schoolDays) {
        return schoolDaysAfter(firstSchoolDay, weeks * SCHOOL_DAYS_PER_WEEK - 1, schoolDays);
    }

    /** The day of an instant in the Netherlands. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalDate firstSchoolDayOnOrAfter(LocalDate from, SchoolDays schoolDays) {
        LocalDate day = from;
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++) {
            if (schoolDays.isSchoolDay(day)) {
                return day;
            }
            day = day.plusDays(1);
        }
        throw new IllegalStateException("no school day in the year after " + from);
    }
}
