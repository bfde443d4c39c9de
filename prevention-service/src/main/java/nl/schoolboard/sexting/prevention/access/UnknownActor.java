package nl.schoolboard.sexting.prevention.access;

/** A request that does not say who makes it (401). */
public class UnknownActor extends RuntimeException {

    public UnknownActor(String message) {
        super(message);
    }
}
