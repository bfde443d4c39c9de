package nl.schoolboard.sexting.prevention.planning;

/**
 * A school id that another board holds. A school id belongs to one board: the first that registered it or whose
 * incident named it. The message never names the other board, so whoever meets the refusal learns only that the
 * id is taken.
 */
public class SchoolOfAnotherBoard extends RuntimeException {

    private final String schoolId;

    public SchoolOfAnotherBoard(String schoolId) {
        super("school " + schoolId + " belongs to another school board");
        this.schoolId = schoolId;
    }

    public String schoolId() {
        return schoolId;
    }
}
