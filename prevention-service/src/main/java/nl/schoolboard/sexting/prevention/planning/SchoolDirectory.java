package nl.schoolboard.sexting.prevention.planning;

import java.util.List;
import java.util.Optional;

/** The schools prevention planning knows: registered by their board, or first seen in a case event. */
public interface SchoolDirectory {

    Optional<School> find(String schoolId);

    /** The school as stored; a school not yet known is stored as {@link School#unregistered} first. */
    School ensureKnown(String schoolId, String boardId);

    /** Stores (or replaces) what the board says of the school. */
    School register(School school);

    List<School> findByBoard(String boardId);

    List<School> all();
}
