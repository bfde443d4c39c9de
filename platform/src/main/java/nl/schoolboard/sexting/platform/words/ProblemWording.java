package nl.schoolboard.sexting.platform.words;

import nl.schoolboard.sexting.platform.problem.Problems;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts a problem into words in the caller's language, just before it is written: the {@code title} from the entry
 * {@code title.<type>} of its type ({@code protocol/...} types share {@code title.protocol}), the {@code detail}
 * from its {@code code} and {@code params}, and the {@code message} of each item in {@code errors} from that item's
 * {@code code} and {@code params}. A detail may name {@code {errors}}: the items' messages, one after the other. A
 * problem without a code keeps the words it was made with (Spring's own problems are worded by Spring, from the
 * same catalogue).
 */
public class ProblemWording {

    /** A detail's parameter: the messages of the problem's {@code errors}, joined. */
    public static final String ERRORS = "errors";

    private final Catalogue catalogue;

    public ProblemWording(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public ProblemDetail word(ProblemDetail problem, Locale language) {
        String title = titleOf(problem.getType(), language);
        if (title != null) {
            problem.setTitle(title);
        }
        Map<String, Object> properties = problem.getProperties();
        if (properties == null) {
            return problem;
        }
        List<String> messages = new ArrayList<>();
        if (properties.get(ERRORS) instanceof List<?> errors) {
            List<Object> worded = new ArrayList<>(errors.size());
            for (Object error : errors) {
                Object item = error;
                if (error instanceof Map<?, ?> map && map.get(Problems.CODE) instanceof String code) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    map.forEach((key, value) -> copy.put(String.valueOf(key), value));
                    copy.put("message", catalogue.text(code, params(map.get(Problems.PARAMS)), language));
                    item = copy;
                }
                if (item instanceof Map<?, ?> map && map.get("message") instanceof String message) {
                    messages.add(message);
                }
                worded.add(item);
            }
            problem.setProperty(ERRORS, worded);
        }
        if (properties.get(Problems.CODE) instanceof String code) {
            Map<String, Object> params = new LinkedHashMap<>(params(properties.get(Problems.PARAMS)));
            params.putIfAbsent(ERRORS, String.join(" ", messages));
            problem.setDetail(catalogue.text(code, params, language));
        }
        return problem;
    }

    private String titleOf(URI type, Locale language) {
        if (type == null || !type.toString().startsWith(Problems.TYPE_BASE)) {
            return null;
        }
        String slug = type.toString().substring(Problems.TYPE_BASE.length());
        int part = slug.indexOf('/');
        return catalogue.find("title." + (part < 0 ? slug : slug.substring(0, part)), language);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> params(Object params) {
        return params instanceof Map<?, ?> map ? (Map<String, ?>) map : Map.of();
    }
}
