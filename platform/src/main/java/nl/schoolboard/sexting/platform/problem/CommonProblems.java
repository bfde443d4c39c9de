package nl.schoolboard.sexting.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The answers every service gives alike, whatever its domain: a fault of its own (a 500 that tells nothing of the
 * internals) and a request body it cannot read (a 400 that names the field where reading stopped).
 */
public final class CommonProblems {

    private CommonProblems() {
    }

    public static ProblemDetail internalFault() {
        return Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side",
                "Nothing you did caused this. What was saved before stays saved; try again in a moment.");
    }

    /**
     * A body that is not JSON in the expected shape ({@code cause}: why the reader gave up, e.g. the cause of an
     * {@link HttpMessageNotReadableException}). Where the reader knows which field it stopped at, the problem names it
     * in {@code errors}, with the sentence {@code whatIsWrong} gives for it.
     */
    public static ProblemDetail unreadableBody(Throwable cause, Function<JsonMappingException, String> whatIsWrong) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-body",
                "The request could not be read", "Nothing was saved: the request is not valid JSON in the expected shape.");
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping.getPath());
            if (!field.isEmpty()) {
                String message = whatIsWrong.apply(mapping);
                problem.setDetail("Nothing was saved. " + field + ": " + message);
                problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
            }
        }
        return problem;
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
