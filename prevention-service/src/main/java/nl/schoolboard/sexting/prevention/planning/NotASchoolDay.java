package nl.schoolboard.sexting.prevention.planning;

import java.time.LocalDate;

/** A date given for an activity on which the school is closed (weekend, school holiday of its region, public holiday). */
public class NotASchoolDay extends RuntimeException {

    private final String field;
    private final LocalDate date;
    private final String why;

    public NotASchoolDay(String field, LocalDate date, String why) {
        super(date + " is not a school day: " + why + ". Choose a school day.");
        this.field = field;
        this.date = date;
        this.why = why;
    }

    /** The request field that holds the date. */
    public String field() {
        return field;
    }

    public LocalDate date() {
        return date;
    }

    public String why() {
        return why;
    }
}
