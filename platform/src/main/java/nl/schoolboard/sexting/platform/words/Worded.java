package nl.schoolboard.sexting.platform.words;

/**
 * A parameter value that is itself worded by the catalogue, by its own entry (e.g. {@code service.case-service}, "de
 * casusdienst"): for a value that names something in the caller's language rather than by its id.
 */
public record Worded(String code) {

    @Override
    public String toString() {
        return code;
    }
}
