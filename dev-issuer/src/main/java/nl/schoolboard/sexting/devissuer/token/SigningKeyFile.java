package nl.schoolboard.sexting.devissuer.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The issuer's RSA signing key, kept as a private JWK (JSON) in one file: generated at the first start, read at
 * every later one, so the {@code kid} and the signatures stay the same and tokens survive a restart of the stack.
 * The file holds a private key: readable by its owner only where the file system allows that.
 */
public final class SigningKeyFile {

    private SigningKeyFile() {
    }

    public static RSAKey loadOrCreate(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (Files.exists(path)) {
            return load(path);
        }
        RSAKey key = generate();
        write(path, key);
        return key;
    }

    static RSAKey load(Path path) {
        try {
            JWK jwk = JWK.parse(Files.readString(path, StandardCharsets.UTF_8));
            if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
                throw new IllegalStateException("The signing key file " + path + " does not hold a private RSA key. "
                        + "Delete it to have a new key generated (tokens issued with the old key then stop working).");
            }
            return rsa;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the signing key file " + path + ": " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key file " + path + " is not a JWK (" + e.getMessage()
                    + "). Delete it to have a new key generated (tokens issued with the old key then stop working).",
                    e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }

    private static void write(Path path, RSAKey key) {
        try {
            Files.createDirectories(path.getParent());
            Path temporary = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp");
            try {
                ownerOnly(temporary);
                Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the signing key file " + path + ": " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the directory's own permissions apply
        }
    }
}
