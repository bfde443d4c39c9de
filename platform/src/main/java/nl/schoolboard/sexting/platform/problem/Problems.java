package nl.schoolboard.sexting.platform.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error of every service and the gateway as RFC 9457 problem details, with a {@code type} under one base,
 * {@value #TYPE_BASE}, so that a client tells problems apart by one scheme. Besides type, title, status and detail
 * a problem may carry a stable {@code code} with {@code params}: the words for users are chosen from those by the
 * client's language, while {@code detail} stays for people reading the raw answer.
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

    /** Adds {@code code} and {@code params} (in the given order) to a problem; returns the same problem. */
    public static ProblemDetail withCode(ProblemDetail problem, String code, Map<String, ?> params) {
        problem.setProperty(CODE, code);
        problem.setProperty(PARAMS, params == null ? Map.of() : new LinkedHashMap<>(params));
        return problem;
    }
}
