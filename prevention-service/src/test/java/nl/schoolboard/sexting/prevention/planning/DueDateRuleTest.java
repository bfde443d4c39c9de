package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolDays;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueDateRuleTest {

    private static final SchoolDays WEEKDAYS = SchoolDays.mondayToFriday();
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Test
    void a_report_on_a_weekday_is_due_the_same_weekday_three_weeks_later() {
        // Friday 20 November 2026
        assertThat(DueDateRule.dueBy(Instant.parse("2026-11-20T08:00:00Z"), WEEKDAYS))
                .isEqualTo(LocalDate.of(2026, 12, 11));
        // Wednesday 1 April 2026, summer time
        assertThat(DueDateRule.dueBy(Instant.parse("2026-04-01T14:00:00Z"), WEEKDAYS))
                .isEqualTo(LocalDate.of(2026, 4, 22));
    }

    @Test
    void a_report_on_a_weekend_counts_from_the_monday_after_it() {
        LocalDate mondayThreeWeeksOn = LocalDate.of(2026, 12, 14);

        assertThat(DueDateRule.dueBy(Instant.parse("2026-11-21T10:00:00Z"), WEEKDAYS)).isEqualTo(mondayThreeWeeksOn);
        assertThat(DueDateRule.dueBy(Instant.parse("2026-11-22T10:00:00Z"), WEEKDAYS)).isEqualTo(mondayThreeWeeksOn);
    }

    @Test
    void the_day_of_the_report_is_the_day_in_the_netherlands_not_in_utc() {
        // Friday 23:30 UTC is Saturday 00:30 in Amsterdam
        assertThat(DueDateRule.dueBy(Instant.parse("2026-11-20T23:30:00Z"), WEEKDAYS))
                .isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void the_due_date_is_never_on_a_weekend_and_three_weeks_after_the_report() {
        Instant reportedAt = Instant.parse("2026-01-01T00:00:00Z");
        for (int hour = 0; hour < 2 * 366 * 24; hour += 5) {
            Instant at = reportedAt.plus(hour, ChronoUnit.HOURS);
            LocalDate reportDay = at.atZone(NL).toLocalDate();

            LocalDate due = DueDateRule.dueBy(at, WEEKDAYS);

            assertThat(due.getDayOfWeek()).as("due date of a report at %s", at)
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(ChronoUnit.DAYS.between(reportDay, due)).as("days from a report at %s to its due date", at)
                    .isBetween(21L, 23L);
        }
    }

    @Test
    void days_without_school_inside_the_three_weeks_push_the_due_date_out() {
        LocalDate holidayStart = LocalDate.of(2026, 12, 19);
        LocalDate holidayEnd = LocalDate.of(2027, 1, 3);
        SchoolDays withChristmasHolidays = date -> WEEKDAYS.isSchoolDay(date)
                && (date.isBefore(holidayStart) || date.isAfter(holidayEnd));

        Instant mondaySevenDecember = Instant.parse("2026-12-07T09:00:00Z");

        assertThat(DueDateRule.dueBy(mondaySevenDecember, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(DueDateRule.dueBy(mondaySevenDecember, withChristmasHolidays)).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void a_calendar_without_any_school_day_is_refused_rather_than_searched_forever() {
        assertThatThrownBy(() -> DueDateRule.dueBy(Instant.parse("2026-11-20T08:00:00Z"), date -> false))
                .isInstanceOf(IllegalStateException.class);
    }
}
