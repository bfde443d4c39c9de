package nl.schoolboard.sexting.contracts;

/** A record on a case topic that is not a readable case event. Consumers send it to the dead-letter topic. */
public class MalformedCaseEvent extends RuntimeException {

    public MalformedCaseEvent(String message) {
        super(message);
    }

    public MalformedCaseEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
