package nl.schoolboard.sexting.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The answers every service gives alike, whatever its domain: a fault of its own (a 500 that tells nothing of the
 * internals), a request body it cannot read (a 400 that names the field where reading stopped) and a read of personal
 * data it could not record in the audit trail (a 503: nothing is shown unrecorded). Worded from the
 * platform's catalogue ({@code platform-messages_*.properties}).
 */
public final class CommonProblems {

    /** The codes these problems carry, each with a text in every language. */
    public static final List<String> CODES = List.of("internal", "unreadable-body", "unreadable-field",
            "value-not-one-of", "value-not-a-date", "value-not-a-time", "value-wrong-form", "read-not-recorded");

    private CommonProblems() {
    }

    public static ProblemDetail internalFault() {
        return Problems.coded(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "internal");
    }

    /** A read of personal data refused because the audit trail could not record who read it; try again later. */
    public static ProblemDetail readNotRecorded() {
        return Problems.coded(HttpStatus.SERVICE_UNAVAILABLE, "read-not-recorded", "read-not-recorded");
    }

    /**
     * A body that is not JSON in the expected shape ({@code cause}: why the reader gave up, e.g. the cause of an
     * {@link HttpMessageNotReadableException}). Where the reader knows which field it stopped at, the problem names it
     * in {@code errors}, with what a valid value looks like where the reader knows it.
     */
    public static ProblemDetail unreadableBody(Throwable cause) {
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping.getPath());
            if (!field.isEmpty()) {
                ProblemDetail problem = Problems.coded(HttpStatus.BAD_REQUEST, "unreadable-body", "unreadable-field");
                problem.setProperty("errors", List.of(whatIsWrong(field, mapping)));
                return problem;
            }
        }
        return Problems.coded(HttpStatus.BAD_REQUEST, "unreadable-body", "unreadable-body");
    }

    /** One of an enum's names, a date, a time, or only that the form is wrong. */
    static Map<String, Object> whatIsWrong(String field, JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            if (target.isEnum()) {
                return Problems.fieldError(field, "value-not-one-of", Map.of("value", String.valueOf(format.getValue()),
                        "values", Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList()));
            }
            if (target == Instant.class || target == LocalDate.class) {
                return Problems.fieldError(field, "value-not-a-date", Map.of());
            }
            if (target == LocalTime.class) {
                return Problems.fieldError(field, "value-not-a-time", Map.of());
            }
        }
        return Problems.fieldError(field, "value-wrong-form", Map.of());
    }

    /** The field as a client writes it: {@code involvedPupils[1].role}. */
    static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
