package nl.schoolboard.sexting.prevention.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a media-literacy lesson planned after a report is due: three school weeks after the report, i.e. the
 * {@value #LEAD_TIME_SCHOOL_DAYS}th school day after the first school day on or after the day of the report.
 * <p>
 * With Monday-to-Friday school days this is the same weekday three weeks later, and a report made on a weekend
 * counts from the Monday after it; the due date is never a day without school. When the school calendar brings
 * holidays, a holiday week inside the three weeks pushes the date out by that week, because it counts school days.
 * The day of the report is the day in the Netherlands ({@value #SCHOOL_TIME_ZONE}), not in UTC.
 */
public final class DueDateRule {

    public static final int LEAD_TIME_SCHOOL_DAYS = 15;
    public static final String SCHOOL_TIME_ZONE = "Europe/Amsterdam";

    private static final ZoneId ZONE = ZoneId.of(SCHOOL_TIME_ZONE);
    /** A calendar without a school day in a whole year is a mistake, not a reason to loop forever. */
    private static final int MAX_DAYS_SEARCHED = 366;

    private DueDateRule() {
    }

    public static LocalDate dueBy(Instant reportedAt, SchoolDays schoolDays) {
        LocalDate day = nextSchoolDay(reportedAt.atZone(ZONE).toLocalDate(), schoolDays);
        for (int counted = 0; counted < LEAD_TIME_SCHOOL_DAYS; counted++) {
            day = nextSchoolDay(day.plusDays(1), schoolDays);
        }
        return day;
    }

    private static LocalDate nextSchoolDay(LocalDate from, SchoolDays schoolDays) {
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
