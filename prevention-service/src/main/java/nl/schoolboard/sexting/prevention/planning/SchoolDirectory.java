package nl.schoolboard.sexting.prevention.planning;

import java.util.List;
import java.util.Optional;

/**
 * The schools prevention planning knows: registered by their board, or first seen in a case event. A school id
 * belongs to one board (the first that registered it or whose incident named it); a school stored without a board
 * (from before boards were recorded) belongs to nobody yet and is taken by the first board that registers it.
 */
public interface SchoolDirectory {

    /** The school under whichever board holds it: for deciding who may reach it, never for showing it. */
    Optional<School> find(String schoolId);

    /** The school as {@code boardId} holds it (or as stored without a board); empty when another board holds it. */
    default Optional<School> find(String boardId, String schoolId) {
        return find(schoolId).filter(school -> school.boardId() == null || school.boardId().isBlank()
                || school.boardId().equals(boardId));
    }

    /**
     * The school as stored; a school not yet known is stored as {@link School#unregistered} under {@code boardId}
     * first.
     *
     * @throws SchoolOfAnotherBoard when another board holds it
     */
    School ensureKnown(String schoolId, String boardId);

    /**
     * Stores (or replaces) what the board says of the school.
     *
     * @throws SchoolOfAnotherBoard when another board holds it; nothing is stored then
     */
    School register(School school);

    List<School> findByBoard(String boardId);

    List<School> all();
}
