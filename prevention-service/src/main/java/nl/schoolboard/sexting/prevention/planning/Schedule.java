package nl.schoolboard.sexting.prevention.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When and where an activity takes place and who leads it. Times are local to the school (Europe/Amsterdam).
 *
 * @param ledBy a role or a staff member; never a pupil
 */
public record Schedule(LocalDate date, LocalTime startTime, LocalTime endTime, String location, String ledBy) {

    public Schedule {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(ledBy, "ledBy");
        if (!endTime.isAfter(startTime)) {
            throw new IllegalArgumentException("an activity ends after it starts");
        }
    }
}
