package nl.schoolboard.sexting.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/**
 * Writes a problem straight onto a servlet response, for the places that answer before any controller runs: the
 * security filter chain (401, 403) and the firewall (a rejected address). Controllers return {@link ProblemDetail}
 * and let Spring write it.
 */
public class ProblemResponseWriter {

    private final ObjectMapper json;

    public ProblemResponseWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
