package nl.schoolboard.sexting.notification;

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
import java.util.Map;

/**
 * Access tokens as the board's identity provider issues them (RS256, audience {@value #AUDIENCE}, claims
 * {@code sub}, {@code board}, {@code schools}, {@code roles}), signed with the test key whose public half the service
 * trusts in tests ({@code config/application.yml}). {@link #stranger} signs with a key nobody trusts.
 */
public final class TestTokens {

    public static final String AUDIENCE = "sexting-protocol";
    private static final PrivateKey KEY = load("/test-jwt/private.pem");
    private static final PrivateKey STRANGER = load("/test-jwt/stranger-private.pem");

    private TestTokens() {
    }

    public static String token(TestIdentity who) {
        return sign(KEY, claims(who, AUDIENCE, Duration.ofHours(1)).build());
    }

    public static String expired(TestIdentity who) {
        return sign(KEY, claims(who, AUDIENCE, Duration.ofMinutes(-10)).build());
    }

    public static String forAnotherAudience(TestIdentity who) {
        return sign(KEY, claims(who, "some-other-app", Duration.ofHours(1)).build());
    }

    public static String stranger(TestIdentity who) {
        return sign(STRANGER, claims(who, AUDIENCE, Duration.ofHours(1)).build());
    }

    /** A correctly signed token for us with exactly these claims besides the audience and the times. */
    public static String withClaims(Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = times(new JWTClaimsSet.Builder(), AUDIENCE, Duration.ofHours(1));
        claims.forEach(builder::claim);
        return sign(KEY, builder.build());
    }

    /** The signature of {@code genuine} on the claims of {@code withOtherClaims}: a token whose claims were changed. */
    public static String tampered(String withOtherClaims, String genuine) {
        String[] other = withOtherClaims.split("\\.");
        String[] real = genuine.split("\\.");
        return real[0] + "." + other[1] + "." + real[2];
    }

    private static JWTClaimsSet.Builder claims(TestIdentity who, String audience, Duration validFor) {
        return times(new JWTClaimsSet.Builder(), audience, validFor)
                .subject(who.user())
                .claim("board", who.board())
                .claim("schools", who.schools())
                .claim("roles", who.roles());
    }

    private static JWTClaimsSet.Builder times(JWTClaimsSet.Builder builder, String audience, Duration validFor) {
        Instant now = Instant.now();
        return builder.issuer("https://idp.test")
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
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("test key " + resource, e);
        }
    }
}
