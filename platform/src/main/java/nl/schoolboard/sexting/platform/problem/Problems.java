package nl.schoolboard.sexting.platform.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error of every service and the gateway as RFC 9457 problem details, with a {@code type} under one base,
 * {@value #TYPE_BASE}, so that a client tells problems apart by one scheme. Besides type, title, status and detail
 * a problem carries a stable {@code code} with {@code params}: its title and detail are worded from those in the
 * caller's language when the problem is written ({@code words.ProblemWording}), so a service makes a problem with
 * {@link #coded} and never writes a sentence for people itself.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://sexting-protocol.example/problems/";
    /** Extension member: a stable name for what went wrong, for clients that word it themselves. */
    public static final String CODE = "code";
    /** Extension member: the values a {@link #CODE}'s wording needs (a step's name, a date, ...). */
    public static final String PARAMS = "params";

    private Problems() {
    }

    /** The type of a problem named {@code slug}, e.g. {@code case-not-found} or {@code protocol/briefing-first}. */
    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static ProblemDetail problem(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /**
     * A problem of type {@code slug} whose title and detail are the catalogue's words for {@code title.<slug>} and
     * {@code code} (with {@code params}), in the language of whoever reads it.
     */
    public static ProblemDetail coded(HttpStatusCode status, String slug, String code, Map<String, ?> params) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type(slug));
        return withCode(problem, code, params);
    }

    public static ProblemDetail coded(HttpStatusCode status, String slug, String code) {
        return coded(status, slug, code, Map.of());
    }

    /** An item of a problem's {@code errors}: the field, and the code (with params) its message is worded from. */
    public static Map<String, Object> fieldError(String field, String code, Map<String, ?> params) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put(CODE, code);
        error.put(PARAMS, params == null ? Map.of() : new LinkedHashMap<>(params));
        return error;
    }

    /** Adds {@code code} and {@code params} (in the given order) to a problem; returns the same problem. */
    public static ProblemDetail withCode(ProblemDetail problem, String code, Map<String, ?> params) {
        problem.setProperty(CODE, code);
        problem.setProperty(PARAMS, params == null ? Map.of() : new LinkedHashMap<>(params));
        return problem;
    }
}
