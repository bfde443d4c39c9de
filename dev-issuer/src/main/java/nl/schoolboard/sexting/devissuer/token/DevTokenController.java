package nl.schoolboard.sexting.devissuer.token;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/tokens}: an access token for any identity, without a login, for scripts and tests (the attack
 * tests make expired and wrong-audience tokens with it).
 *
 * <p><strong>This endpoint exists only in this development issuer.</strong> A real OIDC provider has nothing like
 * it, and nothing in the services may depend on it: they only see tokens, and a token from here is signed with the
 * same key and carries the same claims as one from the authorization-code flow. The issuer itself must never run
 * in production; there the services point at the board's own provider.
 */
@RestController
class DevTokenController {

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn) {
    }

    private static final URI PROBLEM_TYPE = URI.create("https://sexting-protocol.example/problems/invalid-token-request");

    private final DevTokens tokens;
    private final ObjectReader strictReader;

    DevTokenController(DevTokens tokens, ObjectMapper mapper) {
        this.tokens = tokens;
        // a misspelt field ("role") must not silently give a token without roles
        this.strictReader = mapper.readerFor(DevTokenRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @PostMapping(path = "/dev/tokens", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    TokenResponse mint(@RequestBody JsonNode body) {
        DevTokenRequest request;
        try {
            request = strictReader.readValue(body);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidTokenRequest("Unknown field '" + e.getPropertyName() + "'. Fields: username, sub, "
                    + "board, schools, roles, name, expiresIn, audience.");
        } catch (JsonProcessingException e) {
            throw new InvalidTokenRequest("The body does not fit {username} or {sub, board, schools, roles, name} "
                    + "(with optional expiresIn, audience): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidTokenRequest("The body cannot be read: " + e.getMessage());
        }
        if (request == null) {
            throw new InvalidTokenRequest("The body is empty; send {\"username\": \"demo-leader\"} or the claims.");
        }
        DevTokens.Minted minted = tokens.mint(request);
        return new TokenResponse(minted.accessToken(), "Bearer", minted.expiresIn());
    }

    @ExceptionHandler(InvalidTokenRequest.class)
    ProblemDetail invalid(InvalidTokenRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(PROBLEM_TYPE);
        problem.setTitle("This token cannot be made");
        return problem;
    }
}
