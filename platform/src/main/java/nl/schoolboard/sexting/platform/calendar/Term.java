package nl.schoolboard.sexting.platform.calendar;

import java.time.LocalDate;

/**
 * The stretch of school days up to a holiday ("de periode tot de kerstvakantie"): what "within the term" means for a
 * parent evening.
 *
 * @param schoolYear     the school year it lies in
 * @param endsBefore     the holiday that ends it
 * @param lastSchoolDay  its last school day
 */
public record Term(SchoolYear schoolYear, HolidayName endsBefore, LocalDate lastSchoolDay) {

    /** Names the term in ids: {@code 2026-2027:KERSTVAKANTIE}. */
    public String key() {
        return schoolYear + ":" + endsBefore.name();
    }
}
