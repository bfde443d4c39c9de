package nl.schoolboard.sexting.devissuer.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void the_first_start_generates_a_key_and_every_later_one_reads_the_same_key() throws Exception {
        Path file = dir.resolve("data/dev-issuer/jwk.json");

        RSAKey first = SigningKeyFile.loadOrCreate(file);
        RSAKey again = SigningKeyFile.loadOrCreate(file);

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(first.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(first.size()).isEqualTo(2048);
        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(again.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void another_key_file_means_another_key() {
        RSAKey one = SigningKeyFile.loadOrCreate(dir.resolve("one.json"));
        RSAKey other = SigningKeyFile.loadOrCreate(dir.resolve("other.json"));

        assertThat(other.getKeyID()).isNotEqualTo(one.getKeyID());
    }

    @Test
    void a_file_that_is_not_a_private_rsa_jwk_is_refused_with_its_path_and_what_to_do() throws Exception {
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "not json");
        Path publicOnly = dir.resolve("public.json");
        Files.writeString(publicOnly, SigningKeyFile.loadOrCreate(dir.resolve("k.json")).toPublicJWK()
                .toJSONString());

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(garbage)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(garbage.toString()).hasMessageContaining("Delete it");
        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(publicOnly)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not hold a private RSA key");
    }
}
