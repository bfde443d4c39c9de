package nl.schoolboard.sexting.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens as the issuer would sign them (RS256, claims {@code sub}, {@code board}, {@code schools},
 * {@code roles}, {@code name}), with an RSA key made for this test run; {@link #jwks()} is what the issuer's JWKS
 * endpoint serves. Also the broken kinds: expired, signed by another key, for another audience or issuer, altered
 * after signing, unsigned.
 */
final class TestTokens {

    static final String ISSUER = "https://issuer.test.example";
    static final String AUDIENCE = "sexting-protocol";
    static final String JWKS_PATH = "/oauth2/jwks";

    private static final String KEY_ID = "test-signing-key";
    private static final RSAKey SIGNING_KEY = newKey(KEY_ID);
    /** Same key id, another key: what a forger who knows the key id but not the key would sign with. */
    private static final RSAKey FORGERS_KEY = newKey(KEY_ID);

    private TestTokens() {
    }

    /** The issuer's public keys as a JWK Set document. */
    static String jwks() {
        return new JWKSet(SIGNING_KEY.toPublicJWK()).toString();
    }

    /** A valid token for {@code subject}: a school leader of school-1 on board-1, valid for ten minutes. */
    static Token token(String subject) {
        return new Token(subject);
    }

    /** {@code token} with its payload changed after signing (another subject and role), signature kept. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = payload.replace("SCHOOL_LEADER", "BOARD_ADMINISTRATOR");
        if (changed.equals(payload)) {
            throw new IllegalArgumentException("nothing to tamper with in " + payload);
        }
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** {@code token}'s claims under the header {@code "alg":"none"}, without a signature. */
    static String unsigned(String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }

    /**
     * A token of another provider's shape: exactly these claims (issuer and audience among them), valid for ten
     * minutes, signed with the issuer's key.
     */
    static String withClaims(Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issueTime(Date.from(now.minusSeconds(60)))
                .notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
        claims.forEach(builder::claim);
        return sign(builder.build(), SIGNING_KEY);
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static final class Token {
        private final String subject;
        private String issuer = ISSUER;
        private List<String> audience = List.of(AUDIENCE);
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
        private RSAKey key = SIGNING_KEY;

        private Token(String subject) {
            this.subject = subject;
        }

        Token expiredAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        Token audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        Token issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        Token signedByAForger() {
            this.key = FORGERS_KEY;
            return this;
        }

        String sign() {
            Instant issuedAt = expiresAt.minus(Duration.ofMinutes(15));
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(audience)
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(expiresAt))
                    .claim("board", "board-1")
                    .claim("schools", List.of("school-1"))
                    .claim("roles", List.of("SCHOOL_LEADER"))
                    .claim("name", "Test " + subject)
                    .build();
            return TestTokens.sign(claims, key);
        }

        String bearer() {
            return "Bearer " + sign();
        }
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
