package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The incidents planning has handled, with what each was decided to lead to. The decision is made once, from the
 * state at the first handling, and stored; a redelivered event applies the stored decision again rather than
 * deciding anew from a state it helped to change.
 */
public interface IncidentLedger {

    /** Remembers the incident; {@code false} when it was remembered before. */
    boolean record(IncidentRecord incident);

    /** How many incidents of the board's school in the school year are remembered (this one included once recorded). */
    long countInSchoolYear(String boardId, String schoolId, SchoolYear year);

    long countByBoard(String boardId, SchoolYear year);

    Optional<List<PlannedEffect>> decision(UUID eventId);

    /** Stores the decision unless one is stored already; returns the stored one. */
    List<PlannedEffect> decide(UUID eventId, List<PlannedEffect> effects);
}
