package nl.schoolboard.sexting.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schoolboard.sexting.platform.words.Languages;
import nl.schoolboard.sexting.platform.words.ProblemWording;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.util.Locale;

/**
 * Writes a problem straight onto a servlet response, for the places that answer before any controller runs: the
 * security filter chain (401, 403) and the firewall (a rejected address). Worded in the language of the request's
 * {@code Accept-Language}, as the controllers' problems are. Controllers return {@link ProblemDetail} and let Spring
 * write it.
 */
public class ProblemResponseWriter {

    private final ObjectMapper json;
    private final ProblemWording wording;

    public ProblemResponseWriter(ObjectMapper json, ProblemWording wording) {
        this.json = json;
        this.wording = wording;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Locale language = Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        wording.word(problem, language);
        response.setStatus(problem.getStatus());
        // JSON is UTF-8 (RFC 8259), which is what Jackson writes to the stream: no charset parameter
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
