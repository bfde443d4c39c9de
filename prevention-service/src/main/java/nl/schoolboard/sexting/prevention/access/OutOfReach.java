package nl.schoolboard.sexting.prevention.access;

/**
 * A school or board the caller has nothing to do with: another board's, or a school they do not work at. Answered
 * as 404, the same whether it exists elsewhere or not, so that nobody learns what other boards have.
 */
public class OutOfReach extends RuntimeException {

    /** What was asked for. */
    public enum Kind { SCHOOL, BOARD, ACTIVITY }

    private final Kind kind;
    private final String id;

    public OutOfReach(Kind kind, String id) {
        super(kind + " " + id + " is out of the caller's reach");
        this.kind = kind;
        this.id = id;
    }

    public Kind kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
