package nl.schoolboard.sexting.platform.calendar;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchoolCalendarTest {

    private static final SchoolCalendar CALENDAR = SchoolCalendar.official();
    private static final List<SchoolYear> SHIPPED = List.of(SchoolYear.parse("2025-2026"),
            SchoolYear.parse("2026-2027"), SchoolYear.parse("2027-2028"));

    @Test
    void every_region_has_each_of_the_five_holidays_in_each_shipped_school_year() {
        for (SchoolYear year : SHIPPED) {
            for (Region region : Region.values()) {
                assertThat(CALENDAR.holidays(region, year)).as("%s %s", region, year)
                        .extracting(SchoolHoliday::name)
                        .containsExactly(HolidayName.values());
            }
        }
        assertThat(CALENDAR.coveredYears()).containsExactlyElementsOf(SHIPPED);
    }

    @Test
    void well_known_holidays_are_on_their_official_dates() {
        // the fixed Christmas and May weeks, the same for every region
        for (Region region : Region.values()) {
            assertHoliday(region, "2025-2026", HolidayName.KERSTVAKANTIE, "2025-12-20", "2026-01-04");
            assertHoliday(region, "2025-2026", HolidayName.MEIVAKANTIE, "2026-04-25", "2026-05-03");
            assertHoliday(region, "2026-2027", HolidayName.KERSTVAKANTIE, "2026-12-19", "2027-01-03");
            assertHoliday(region, "2027-2028", HolidayName.KERSTVAKANTIE, "2027-12-25", "2028-01-09");
            assertHoliday(region, "2027-2028", HolidayName.MEIVAKANTIE, "2028-04-29", "2028-05-07");
        }
        // the summer holidays per region
        assertHoliday(Region.NOORD, "2025-2026", HolidayName.ZOMERVAKANTIE, "2026-07-04", "2026-08-16");
        assertHoliday(Region.MIDDEN, "2025-2026", HolidayName.ZOMERVAKANTIE, "2026-07-18", "2026-08-30");
        assertHoliday(Region.ZUID, "2025-2026", HolidayName.ZOMERVAKANTIE, "2026-07-11", "2026-08-23");
        assertHoliday(Region.NOORD, "2027-2028", HolidayName.ZOMERVAKANTIE, "2028-07-15", "2028-08-27");
        assertHoliday(Region.MIDDEN, "2027-2028", HolidayName.ZOMERVAKANTIE, "2028-07-08", "2028-08-20");
        assertHoliday(Region.ZUID, "2027-2028", HolidayName.ZOMERVAKANTIE, "2028-07-22", "2028-09-03");
        // the south's autumn break a week before the others in 2025, a week after them in 2027
        assertHoliday(Region.ZUID, "2025-2026", HolidayName.HERFSTVAKANTIE, "2025-10-11", "2025-10-19");
        assertHoliday(Region.NOORD, "2025-2026", HolidayName.HERFSTVAKANTIE, "2025-10-18", "2025-10-26");
        assertHoliday(Region.ZUID, "2027-2028", HolidayName.HERFSTVAKANTIE, "2027-10-23", "2027-10-31");
    }

    @Test
    void each_holiday_runs_from_a_saturday_to_a_sunday_for_as_many_weeks_as_it_should() {
        for (SchoolHoliday holiday : CALENDAR.holidays()) {
            assertThat(holiday.firstDay().getDayOfWeek()).as("%s", holiday).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(holiday.lastDay().getDayOfWeek()).as("%s", holiday).isEqualTo(DayOfWeek.SUNDAY);
            long days = ChronoUnit.DAYS.between(holiday.firstDay(), holiday.lastDay()) + 1;
            long expected = switch (holiday.name()) {
                case HERFSTVAKANTIE, VOORJAARSVAKANTIE, MEIVAKANTIE -> 9;
                case KERSTVAKANTIE -> 16;
                case ZOMERVAKANTIE -> 44;
            };
            assertThat(days).as("length of %s", holiday).isEqualTo(expected);
        }
    }

    @Test
    void a_regions_holidays_follow_each_other_without_overlapping_and_lie_in_their_school_year() {
        for (Region region : Region.values()) {
            for (SchoolYear year : SHIPPED) {
                List<SchoolHoliday> holidays = CALENDAR.holidays(region, year);
                for (int i = 1; i < holidays.size(); i++) {
                    assertThat(holidays.get(i).firstDay()).as("%s %s", region, holidays.get(i).name())
                            .isAfter(holidays.get(i - 1).lastDay());
                }
                assertThat(holidays.get(0).firstDay()).isAfter(year.firstDay());
                assertThat(holidays.get(holidays.size() - 1).firstDay()).isBefore(year.lastDay());
            }
        }
    }

    @Test
    void public_holidays_are_computed_from_easter_and_the_fixed_days() {
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PublicHolidays.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(PublicHolidays.in(2027)).containsEntry(LocalDate.of(2027, 3, 29), "Tweede Paasdag")
                .containsEntry(LocalDate.of(2027, 5, 6), "Hemelvaartsdag")
                .containsEntry(LocalDate.of(2027, 5, 17), "Tweede Pinksterdag")
                .containsEntry(LocalDate.of(2027, 4, 27), "Koningsdag");
        // 27 April 2025 was a Sunday: Koningsdag on the Saturday before
        assertThat(PublicHolidays.nameOf(LocalDate.of(2025, 4, 26))).contains("Koningsdag");
        assertThat(PublicHolidays.nameOf(LocalDate.of(2025, 5, 5))).contains("Bevrijdingsdag");
        assertThat(PublicHolidays.nameOf(LocalDate.of(2026, 5, 5))).as("not a lustrum year").isEmpty();
        assertThat(PublicHolidays.nameOf(LocalDate.of(2030, 5, 5))).contains("Bevrijdingsdag");
    }

    @Test
    void school_days_are_weekdays_outside_the_regions_holidays_and_the_public_holidays() {
        assertThat(CALENDAR.isSchoolDay(Region.MIDDEN, LocalDate.of(2026, 11, 20))).isTrue();
        assertThat(CALENDAR.isSchoolDay(Region.MIDDEN, LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(CALENDAR.isSchoolDay(Region.MIDDEN, LocalDate.of(2026, 12, 21))).isFalse();
        // the north's autumn break is a week before the others' in 2026
        assertThat(CALENDAR.isSchoolDay(Region.NOORD, LocalDate.of(2026, 10, 12))).isFalse();
        assertThat(CALENDAR.isSchoolDay(Region.MIDDEN, LocalDate.of(2026, 10, 12))).isTrue();
        assertThat(CALENDAR.isSchoolDay(Region.ZUID, LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(CALENDAR.isSchoolDay(Region.NOORD, LocalDate.of(2027, 2, 8))).isTrue();
        // Hemelvaartsdag and Koningsdag outside the meivakantie
        assertThat(CALENDAR.isSchoolDay(Region.ZUID, LocalDate.of(2026, 5, 14))).isFalse();
        assertThat(CALENDAR.isSchoolDay(Region.NOORD, LocalDate.of(2028, 4, 27))).isFalse();
        assertThat(CALENDAR.whyNoSchool(Region.NOORD, LocalDate.of(2028, 4, 27))).contains("Koningsdag");
        assertThat(CALENDAR.whyNoSchool(Region.ZUID, LocalDate.of(2027, 2, 8)))
                .hasValueSatisfying(why -> assertThat(why).contains("voorjaarsvakantie", "zuid"));
        assertThat(CALENDAR.whyNoSchool(Region.ZUID, LocalDate.of(2027, 2, 13))).contains("zaterdag (weekend)");
    }

    @Test
    void a_term_runs_to_the_last_school_day_before_the_next_holiday_of_the_region() {
        assertThat(CALENDAR.termOf(Region.MIDDEN, LocalDate.of(2026, 11, 20))).contains(
                new Term(SchoolYear.parse("2026-2027"), HolidayName.KERSTVAKANTIE, LocalDate.of(2026, 12, 18)));
        assertThat(CALENDAR.termOf(Region.MIDDEN, LocalDate.of(2027, 6, 1))).contains(
                new Term(SchoolYear.parse("2026-2027"), HolidayName.ZOMERVAKANTIE, LocalDate.of(2027, 7, 16)));
        // outside the shipped years there is no term
        assertThat(CALENDAR.termOf(Region.MIDDEN, LocalDate.of(2029, 3, 1))).isEmpty();
    }

    @Test
    void the_school_year_starts_after_the_regions_summer_holiday_and_ends_before_the_next() {
        assertThat(CALENDAR.firstSchoolDay(Region.NOORD, SchoolYear.parse("2026-2027")))
                .contains(LocalDate.of(2026, 8, 17));
        assertThat(CALENDAR.firstSchoolDay(Region.MIDDEN, SchoolYear.parse("2025-2026")))
                .contains(LocalDate.of(2025, 9, 1));
        assertThat(CALENDAR.firstSchoolDay(Region.ZUID, SchoolYear.parse("2028-2029")))
                .contains(LocalDate.of(2028, 9, 4));
        assertThat(CALENDAR.firstSchoolDay(Region.ZUID, SchoolYear.parse("2029-2030"))).isEmpty();
        assertThat(CALENDAR.lastSchoolDay(Region.MIDDEN, SchoolYear.parse("2026-2027")))
                .contains(LocalDate.of(2027, 7, 16));
        assertThat(CALENDAR.covers(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(CALENDAR.covers(LocalDate.of(2028, 8, 1))).isFalse();
    }

    @Test
    void holiday_data_with_a_line_it_cannot_read_is_refused_with_the_line_number() {
        byte[] csv = """
                # comment
                region,schoolYear,holiday,firstDay,lastDay
                noord,2026-2027,herfstvakantie,2026-10-10,2026-10-18
                oost,2026-2027,herfstvakantie,2026-10-10,2026-10-18
                """.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SchoolCalendar.parse(new ByteArrayInputStream(csv)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 4");
    }

    @Test
    void school_years_run_from_august_to_july_and_are_written_with_both_years() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 7, 31))).hasToString("2025-2026");
        assertThat(SchoolYear.of(LocalDate.of(2026, 8, 1))).hasToString("2026-2027");
        assertThat(SchoolYear.parse("2027-2028").next()).hasToString("2028-2029");
        assertThatThrownBy(() -> SchoolYear.parse("2026-2028")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EnumSet.allOf(Region.class)).allSatisfy(r -> assertThat(Region.parse(r.name().toLowerCase())).contains(r));
    }

    private static void assertHoliday(Region region, String year, HolidayName name, String first, String last) {
        assertThat(CALENDAR.holidays(region, SchoolYear.parse(year)))
                .filteredOn(h -> h.name() == name).singleElement()
                .satisfies(h -> {
                    assertThat(h.firstDay()).as("%s %s %s first day", name, region, year).isEqualTo(first);
                    assertThat(h.lastDay()).as("%s %s %s last day", name, region, year).isEqualTo(last);
                });
    }
}
