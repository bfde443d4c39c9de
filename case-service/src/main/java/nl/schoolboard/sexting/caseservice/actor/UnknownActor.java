package nl.schoolboard.sexting.caseservice.actor;

/** A request that does not say who makes it. */
public class UnknownActor extends RuntimeException {

    public UnknownActor(String message) {
        super(message);
    }
}
