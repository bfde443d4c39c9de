package nl.schoolboard.sexting.caseservice.privacy;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key-encryption keys given to the process from outside the database: one {@code <id>:<base64 AES-256 key>} per line
 * of a file ({@code case.privacy.kek-file}) or per comma-separated entry of {@code case.privacy.kek} (an environment
 * variable). The last one is current; the ones before it still open data keys sealed before a rotation, until the
 * re-wrap has moved every data key to the current one and the operator removes them.
 *
 * <p>Sealing is AES-GCM with a fresh nonce and the data key's id as associated data.</p>
 */
public final class LocalKeyEncryptionKeys implements KeyEncryptionKeys {

    /**
     * The development key-encryption key: published in this source, so it protects nothing. The local stack and
     * docker-compose pass it explicitly; under the {@code prod} profile the service refuses to start with it.
     */
    public static final String DEVELOPMENT_KEK = "development:J4euhm5pGCJPSam1J4z7QHXSh43QStCbjJ+qzvfuoNU=";
    static final String DEVELOPMENT_KEK_ID = "development";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String current;

    private LocalKeyEncryptionKeys(Map<String, SecretKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no key-encryption key given");
        }
        this.keys = Map.copyOf(keys);
        this.current = List.copyOf(keys.keySet()).get(keys.size() - 1);
    }

    /** From entries {@code <id>:<base64>}, the last one current. */
    public static LocalKeyEncryptionKeys of(List<String> entries) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : entries) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("a key-encryption key is written <id>:<base64 key>");
            }
            byte[] key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            if (key.length != 32) {
                throw new IllegalArgumentException("key-encryption key " + trimmed.substring(0, colon) + " is not 256 bits");
            }
            keys.remove(trimmed.substring(0, colon));
            keys.put(trimmed.substring(0, colon), new SecretKeySpec(key, "AES"));
        }
        return new LocalKeyEncryptionKeys(keys);
    }

    public static LocalKeyEncryptionKeys fromFile(Path file) {
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key-encryption keys from " + file, e);
        }
    }

    public static LocalKeyEncryptionKeys development() {
        return of(List.of(DEVELOPMENT_KEK));
    }

    /** Whether any of these keys is the published development key. */
    public boolean holdsTheDevelopmentKey() {
        SecretKey development = development().keys.get(DEVELOPMENT_KEK_ID);
        return keys.values().stream().anyMatch(k -> java.security.MessageDigest.isEqual(k.getEncoded(), development.getEncoded()));
    }

    @Override
    public String currentId() {
        return current;
    }

    @Override
    public WrappedKey wrap(String keyId, byte[] dataKey) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(dataKey);
            return new WrappedKey(current, Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a data key", e);
        }
    }

    @Override
    public byte[] unwrap(String keyId, WrappedKey wrapped) {
        SecretKey kek = keys.get(wrapped.kekId());
        if (kek == null) {
            throw new IllegalStateException("data key " + keyId + " is sealed with key-encryption key '" + wrapped.kekId()
                    + "', which this service is not given");
        }
        try {
            byte[] all = Base64.getDecoder().decode(wrapped.wrapped());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("data key " + keyId + " does not open: altered, or sealed for another key", e);
        }
    }
}
