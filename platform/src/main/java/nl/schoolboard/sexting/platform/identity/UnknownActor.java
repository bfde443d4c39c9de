package nl.schoolboard.sexting.platform.identity;

/** A request whose token does not say who makes it, for which board, in which role (401). */
public class UnknownActor extends RuntimeException {

    public UnknownActor(String message) {
        super(message);
    }
}
