package nl.schoolboard.sexting.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import nl.schoolboard.sexting.platform.identity.ClaimMapping;
import nl.schoolboard.sexting.platform.identity.ClaimMappingProperties;
import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.StaffIdentity;
import nl.schoolboard.sexting.platform.identity.UnknownActor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A service behind the gateway that, like every real one, checks the relayed token itself (signature against the
 * issuer's keys, issuer, audience, expiry) and reads the caller through platform's {@link ClaimMapping}, bound from
 * its own copy of the {@code identity.claims.*} settings. It answers who the caller is: {@code user}, {@code board},
 * {@code schools}, the {@code role} they act in (platform's choice from {@code X-Acting-Role}) and all their
 * {@code roles}; or 401/403 as a service would. The paths of the requests that reached it are recorded.
 */
final class IdentifyingService extends Downstream<String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile NimbusJwtDecoder tokens;
    private volatile ClaimMapping claims;

    private IdentifyingService() throws IOException {
    }

    static IdentifyingService start() throws IOException {
        return new IdentifyingService();
    }

    /** Trusts the issuer's keys at {@code jwksUri} for {@code issuer} and {@code audience}; maps with {@code settings}. */
    IdentifyingService configure(String jwksUri, String issuer, String audience, Map<String, String> settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
        this.tokens = decoder;
        this.claims = ClaimMapping.of(new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("identity.claims", ClaimMappingProperties.class));
        return this;
    }

    @Override
    void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        record(exchange.getRequestURI().getPath());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        int status;
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                throw new UnknownActor("no token");
            }
            Jwt token = tokens.decode(authorization.substring("Bearer ".length()));
            StaffIdentity caller = claims.identify(token.getClaims());
            body.put("user", caller.userId());
            body.put("board", caller.boardId());
            body.put("schools", caller.schools());
            body.put("role", caller.actingAs(exchange.getRequestHeaders().getFirst("X-Acting-Role")).name());
            body.put("roles", caller.roles().stream().map(Enum::name).toList());
            status = 200;
        } catch (UnknownActor | JwtException e) {
            status = 401;
            body.put("refused", e.getMessage());
        } catch (NotAllowedForRole e) {
            status = 403;
            body.put("refused", e.getMessage());
        }
        answerJson(exchange, status, JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
