package nl.schoolboard.sexting.devissuer.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.schoolboard.sexting.devissuer.DevIssuerProperties;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Mints access tokens without a login, with the same {@link JwtEncoder} (so the same key) and the same claims as
 * the authorization-code flow: {@code iss}, {@code sub}, {@code aud}, {@code iat}, {@code nbf}, {@code exp},
 * {@code jti}, {@code scope} and the {@link IdentityClaims}. Development only (see {@link DevTokenController}).
 * A record although it signs: the encoder only uses the key and does not print it, so its {@code toString} shows
 * no secret.
 */
@Component
record DevTokens(JwtEncoder encoder, DevIssuerProperties properties, Clock clock) {

    /** The scopes the web client gets; dev tokens carry the same, so both kinds look alike to a service. */
    static final List<String> SCOPES = List.of("openid", "profile");

    public record Minted(String accessToken, long expiresIn) {
    }

    public Minted mint(DevTokenRequest request) {
        IdentityClaims identity = request.identity();
        Duration ttl = properties.accessTokenTtl();
        long expiresIn = request.expiresIn() != null ? request.expiresIn() : ttl.toSeconds();
        Instant now = clock.instant();
        Instant expiresAt = now.plusSeconds(expiresIn);
        // an expired token was issued one lifetime before it expired, so that iat < exp as in a real one
        Instant issuedAt = expiresAt.isAfter(now) ? now : expiresAt.minus(ttl);
        List<String> audience = request.audience() != null ? request.audience() : List.of(IdentityClaims.AUDIENCE);

        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .issuedAt(issuedAt)
                .notBefore(issuedAt)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim("scope", SCOPES);
        if (!audience.isEmpty()) {
            claims.audience(audience);
        }
        identity.applyTo(claims);
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
        return new Minted(token, expiresIn);
    }
}
