package nl.schoolboard.sexting.prevention.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days a school teaches. Today that is Monday to Friday for every school; the school calendar (holidays per
 * region, study days) will supply its own implementation per school.
 */
@FunctionalInterface
public interface SchoolDays {

    boolean isSchoolDay(LocalDate date);

    static SchoolDays mondayToFriday() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
