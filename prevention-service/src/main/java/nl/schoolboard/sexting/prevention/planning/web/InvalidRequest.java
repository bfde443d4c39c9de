package nl.schoolboard.sexting.prevention.planning.web;

import nl.schoolboard.sexting.platform.problem.Problems;

import java.util.List;
import java.util.Map;

/** A request the API cannot use: the field, and why as a code of the service's catalogue. Nothing was changed. */
final class InvalidRequest extends RuntimeException {

    private final List<Map<String, Object>> errors;

    InvalidRequest(String field, String code) {
        this(field, code, Map.of());
    }

    InvalidRequest(String field, String code, Map<String, ?> params) {
        super("invalid field " + field + ": " + code);
        this.errors = List.of(Problems.fieldError(field, code, params));
    }

    List<Map<String, Object>> errors() {
        return errors;
    }
}
