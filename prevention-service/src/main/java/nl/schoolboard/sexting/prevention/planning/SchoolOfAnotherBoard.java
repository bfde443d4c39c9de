package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.problem.CodedException;

import java.util.Map;

/**
 * A school id that another board holds. A school id belongs to one board: the first that registered it or whose
 * incident named it. Neither the message nor the answer names the other board, so whoever meets the refusal learns
 * only that the id is taken.
 */
public class SchoolOfAnotherBoard extends CodedException {

    public SchoolOfAnotherBoard(String schoolId) {
        super("school " + schoolId + " belongs to another school board", "school-id-taken",
                Map.of("schoolId", schoolId));
    }
}
