package nl.schoolboard.sexting.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Access tokens as the board's identity provider issues them (RS256, issuer {@value #ISSUER}, audience
 * {@value #AUDIENCE}, claims {@code sub}, {@code board}, {@code schools}, {@code roles}), signed with the test key
 * whose public half the services trust in tests ({@code classpath:test-jwt/public.pem}). {@code stranger} signs with
 * a key nobody trusts. A person with several roles acts in the first unless they send {@code X-Acting-Role}.
 */
public final class TestTokens {

    public static final String AUDIENCE = "sexting-protocol";
    public static final String ISSUER = "https://idp.test";
    private static final PrivateKey KEY = load("/test-jwt/private.pem");
    private static final PrivateKey STRANGER = load("/test-jwt/stranger-private.pem");

    private TestTokens() {
    }

    public static String token(String user, String role, String board, List<String> schools) {
        return withRoles(user, List.of(role), board, schools);
    }

    public static String withRoles(String user, List<String> roles, String board, List<String> schools) {
        return sign(KEY, person(user, roles, board, schools, AUDIENCE, Duration.ofHours(1)));
    }

    public static String expired(String user, String role, String board, List<String> schools) {
        return expired(user, List.of(role), board, schools);
    }

    public static String expired(String user, List<String> roles, String board, List<String> schools) {
        return sign(KEY, person(user, roles, board, schools, AUDIENCE, Duration.ofMinutes(-10)));
    }

    public static String forAnotherAudience(String user, String role, String board, List<String> schools) {
        return forAnotherAudience(user, List.of(role), board, schools);
    }

    public static String forAnotherAudience(String user, List<String> roles, String board, List<String> schools) {
        return sign(KEY, person(user, roles, board, schools, "some-other-app", Duration.ofHours(1)));
    }

    public static String stranger(String user, String role, String board, List<String> schools) {
        return stranger(user, List.of(role), board, schools);
    }

    public static String stranger(String user, List<String> roles, String board, List<String> schools) {
        return sign(STRANGER, person(user, roles, board, schools, AUDIENCE, Duration.ofHours(1)));
    }

    /** A genuine token that does not say which board its holder works for. */
    public static String withoutBoard(String user, String role, List<String> schools) {
        return sign(KEY, person(user, List.of(role), null, schools, AUDIENCE, Duration.ofHours(1)));
    }

    /** A correctly signed token for us with exactly these claims besides the issuer, the audience and the times. */
    public static String withClaims(Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = times(AUDIENCE, Duration.ofHours(1));
        claims.forEach(builder::claim);
        return sign(KEY, builder.build());
    }

    /** The signature of {@code genuine} on the claims of {@code withOtherClaims}: a token whose claims were changed. */
    public static String tampered(String withOtherClaims, String genuine) {
        String[] other = withOtherClaims.split("\\.");
        String[] real = genuine.split("\\.");
        return real[0] + "." + other[1] + "." + real[2];
    }

    private static JWTClaimsSet person(String user, List<String> roles, String board, List<String> schools,
                                       String audience, Duration validFor) {
        JWTClaimsSet.Builder claims = times(audience, validFor)
                .subject(user)
                .claim("schools", schools)
                .claim("roles", roles);
        if (board != null) {
            claims.claim("board", board);
        }
        return claims.build();
    }

    private static JWTClaimsSet.Builder times(String audience, Duration validFor) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plus(validFor)));
    }

    private static String sign(PrivateKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey load(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("test key " + resource, e);
        }
    }
}
