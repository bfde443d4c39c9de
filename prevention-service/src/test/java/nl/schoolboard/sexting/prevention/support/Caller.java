package nl.schoolboard.sexting.prevention.support;

import nl.schoolboard.sexting.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Locale;

/**
 * Someone calling the API as a client would: with their access token (none for {@link #anonymous}) and nothing else
 * that says who they are. Tests name the caller by role, board and schools; {@link TestTokens} signs the token.
 */
public final class Caller {

    private final TestRestTemplate http;
    private final String token;
    private final HttpHeaders extra = new HttpHeaders();

    private Caller(TestRestTemplate http, String token) {
        this.http = http;
        this.token = token;
    }

    public static Caller withToken(TestRestTemplate http, String token) {
        return new Caller(http, token);
    }

    public static Caller anonymous(TestRestTemplate http) {
        return new Caller(http, null);
    }

    /** Staff of one school, e.g. {@code SCHOOL_LEADER}; their user id is {@code <role>@<school>}. */
    public static Caller staff(TestRestTemplate http, String role, String board, String school) {
        String user = role.toLowerCase(Locale.ROOT) + "@" + school;
        return new Caller(http, TestTokens.token(user, role, board, List.of(school)));
    }

    /** A board-wide role ({@code BOARD_ADMINISTRATOR}, {@code AUDITOR}); user id {@code <role>@<board>}. */
    public static Caller boardWide(TestRestTemplate http, String role, String board) {
        String user = role.toLowerCase(Locale.ROOT) + "@" + board;
        return new Caller(http, TestTokens.token(user, role, board, List.of()));
    }

    /** The same caller, also sending this header (e.g. {@code X-Acting-Role}). */
    public Caller withHeader(String name, String value) {
        Caller copy = new Caller(http, token);
        copy.extra.addAll(extra);
        copy.extra.add(name, value);
        return copy;
    }

    public ResponseEntity<JsonNode> get(String path, Object... uriVariables) {
        return exchange(HttpMethod.GET, path, null, JsonNode.class, uriVariables);
    }

    public <T> ResponseEntity<T> get(Class<T> type, String path, Object... uriVariables) {
        return exchange(HttpMethod.GET, path, null, type, uriVariables);
    }

    public ResponseEntity<JsonNode> post(String path, String json, Object... uriVariables) {
        return exchange(HttpMethod.POST, path, json, JsonNode.class, uriVariables);
    }

    public ResponseEntity<JsonNode> put(String path, String json, Object... uriVariables) {
        return exchange(HttpMethod.PUT, path, json, JsonNode.class, uriVariables);
    }

    private <T> ResponseEntity<T> exchange(HttpMethod method, String path, String json, Class<T> type,
                                           Object... uriVariables) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extra);
        if (json != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        headers.add("X-Correlation-Id", "it-" + method + "-" + path.hashCode());
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, method, new HttpEntity<>(json, headers), type, uriVariables);
    }
}
