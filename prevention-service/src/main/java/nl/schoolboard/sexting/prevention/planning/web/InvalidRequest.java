package nl.schoolboard.sexting.prevention.planning.web;

import java.util.Map;

/** A request whose fields do not fit together, with a message per field. */
class InvalidRequest extends RuntimeException {

    private final Map<String, String> errors;

    InvalidRequest(Map<String, String> errors) {
        super("invalid fields: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
        return errors;
    }
}
