package nl.schoolboard.sexting.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days a school teaches. {@link SchoolCalendar#schoolDays(Region)} gives a region's: no weekends, no school
 * holidays of the region, no public holidays.
 */
@FunctionalInterface
public interface SchoolDays {

    boolean isSchoolDay(LocalDate date);

    static SchoolDays mondayToFriday() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
