package nl.schoolboard.sexting.devissuer.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import nl.schoolboard.sexting.devissuer.DevIssuerProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Minting on a fixed clock, read back with a decoder that checks only the signature. */
class DevTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void a_token_lives_the_configured_time_and_carries_issuer_audience_and_scope() throws JOSEException {
        Fixture fixture = new Fixture(Duration.ofMinutes(30));

        DevTokens.Minted minted = fixture.tokens.mint(demoLeader(null, null));
        Jwt jwt = fixture.decoder.decode(minted.accessToken());

        assertThat(minted.expiresIn()).isEqualTo(1800);
        assertThat(jwt.getIssuedAt()).isEqualTo(NOW);
        assertThat(jwt.getNotBefore()).isEqualTo(NOW);
        assertThat(jwt.getExpiresAt()).isEqualTo(NOW.plusSeconds(1800));
        assertThat(jwt.getIssuer()).hasToString("http://issuer.test");
        assertThat(jwt.getAudience()).containsExactly("sexting-protocol");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("openid", "profile");
        assertThat(jwt.getId()).isNotBlank();
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", fixture.key.getKeyID());
    }

    @Test
    void a_negative_lifetime_gives_a_token_that_expired_that_long_ago_and_was_issued_before_it_expired()
            throws JOSEException {
        Fixture fixture = new Fixture(Duration.ofHours(1));

        DevTokens.Minted minted = fixture.tokens.mint(demoLeader(-300L, null));
        Jwt jwt = fixture.decoder.decode(minted.accessToken());

        assertThat(minted.expiresIn()).isEqualTo(-300);
        assertThat(jwt.getExpiresAt()).isEqualTo(NOW.minusSeconds(300));
        assertThat(jwt.getIssuedAt()).isEqualTo(NOW.minusSeconds(300).minus(Duration.ofHours(1)));
    }

    @Test
    void an_audience_override_replaces_the_system_audience_and_an_empty_one_leaves_aud_out() throws JOSEException {
        Fixture fixture = new Fixture(Duration.ofHours(1));

        Jwt other = fixture.decoder.decode(fixture.tokens.mint(demoLeader(null, List.of("someone-else")))
                .accessToken());
        Jwt none = fixture.decoder.decode(fixture.tokens.mint(demoLeader(null, List.of())).accessToken());

        assertThat(other.getAudience()).containsExactly("someone-else");
        assertThat(none.getClaims()).doesNotContainKey("aud");
        assertThat(none.getSubject()).isEqualTo("demo-leader-noord-1");
    }

    private static DevTokenRequest demoLeader(Long expiresIn, List<String> audience) {
        return new DevTokenRequest("demo-leader", null, null, null, null, null, expiresIn, audience);
    }

    private final class Fixture {
        final RSAKey key;
        final DevTokens tokens;
        final JwtDecoder decoder;

        Fixture(Duration ttl) throws JOSEException {
            key = SigningKeyFile.loadOrCreate(dir.resolve("jwk.json"));
            DevIssuerProperties properties = new DevIssuerProperties("http://issuer.test/", dir.resolve("jwk.json"),
                    List.of("http://localhost:8080/login/callback"), ttl, List.of("http://localhost:8080"));
            tokens = new DevTokens(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))), properties,
                    Clock.fixed(NOW, ZoneOffset.UTC));
            NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
            nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
            decoder = nimbus;
        }
    }
}
