package nl.schoolboard.sexting.caseservice.incident.web;

/** A step path that is not one of the protocol's. */
public class UnknownStep extends RuntimeException {

    private final String step;

    public UnknownStep(String path) {
        super("'" + path + "' is not a step of the protocol.");
        this.step = path;
    }

    /** The path as the caller wrote it. */
    public String step() {
        return step;
    }
}
