package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.problem.CodedException;

import java.time.LocalDate;
import java.util.Map;

/**
 * A date given for an activity on which the school is closed (weekend, school holiday of its region, public holiday);
 * the answer names the date and why, and points at the request field that holds it.
 */
public class NotASchoolDay extends CodedException {

    private final String field;

    public NotASchoolDay(String field, LocalDate date, String why) {
        super(date + " is not a school day: " + why + ". Choose a school day.", "not-a-school-day",
                Map.of("date", date, "why", why));
        this.field = field;
    }

    /** The request field that holds the date. */
    public String field() {
        return field;
    }

    /** Why the school is closed that day: a weekend, or the name of the holiday (held once, in the words' params). */
    public String why() {
        return (String) params().get("why");
    }
}
