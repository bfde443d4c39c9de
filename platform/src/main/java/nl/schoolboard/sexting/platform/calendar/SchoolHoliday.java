package nl.schoolboard.sexting.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One school holiday of one region, first and last day inclusive (the ministry's "t/m"), as published for the school
 * year it belongs to (the zomervakantie belongs to the school year it ends).
 */
public record SchoolHoliday(Region region, SchoolYear schoolYear, HolidayName name, LocalDate firstDay,
                            LocalDate lastDay) {

    public SchoolHoliday {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(name + " " + schoolYear + " " + region + " ends before it starts");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
