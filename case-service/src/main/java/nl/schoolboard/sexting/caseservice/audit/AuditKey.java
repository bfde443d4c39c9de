package nl.schoolboard.sexting.caseservice.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret the audit trail is keyed with. It lives outside the database (configuration: an environment variable,
 * or a file on a volume the database's backups do not contain), so that someone who can write to MongoDB still
 * cannot make an edited entry, a recomputed chain or a checkpoint that verifies.
 */
final class AuditKey {

    /** Shortest key accepted: HMAC-SHA256 is as strong as its key up to 256 bits. */
    static final int MINIMUM_BYTES = 32;

    /**
     * The development key of the local stack and the tests. It is public (it is in this file), so it proves nothing;
     * the {@code prod} profile refuses to start with it.
     */
    static final String DEVELOPMENT = "iSC+0GR3lD9/PH0fGnrNkAhKfRlOGeo3jjPif2RIjDI=";

    private final byte[] secret;

    private AuditKey(byte[] secret) {
        if (secret.length < MINIMUM_BYTES) {
            throw new IllegalStateException("The audit key must be at least " + MINIMUM_BYTES + " bytes; it has "
                    + secret.length + ".");
        }
        this.secret = secret.clone();
    }

    static AuditKey of(byte[] secret) {
        return new AuditKey(secret);
    }

    /**
     * The key for this run: the configured one; without one, the development key, except in production, which
     * refuses to start without a key of its own.
     */
    static AuditKey forRun(String base64, String file, boolean production, String property) {
        boolean none = (base64 == null || base64.isBlank()) && (file == null || file.isBlank());
        if (none && production) {
            throw new IllegalStateException("The prod profile needs " + property + " (or " + property + "-file): "
                    + "a key of its own, kept outside the database.");
        }
        AuditKey key = none ? configured(DEVELOPMENT, null) : configured(base64, file);
        if (production && key.sameAs(Base64.getDecoder().decode(DEVELOPMENT))) {
            throw new IllegalStateException("The prod profile refuses the development key in " + property
                    + ": it is public, so it proves nothing.");
        }
        return key;
    }

    /**
     * @param base64 the key itself, base64 ({@code case.audit.hmac-key}); used when no file is given
     * @param file   a file holding the key in base64 ({@code case.audit.hmac-key-file}), e.g. a mounted secret
     */
    static AuditKey configured(String base64, String file) {
        String encoded;
        if (file != null && !file.isBlank()) {
            try {
                encoded = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("The audit key file " + file + " cannot be read", e);
            }
        } else if (base64 != null && !base64.isBlank()) {
            encoded = base64.strip();
        } else {
            throw new IllegalStateException("No audit key: set case.audit.hmac-key (base64) or case.audit.hmac-key-file.");
        }
        try {
            return new AuditKey(Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key is not base64.", e);
        }
    }

    /** HMAC-SHA256 of the text under this key, as hex. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /** Whether {@code mac} is this key's MAC of the text, compared in constant time. */
    boolean signed(String text, String mac) {
        return mac != null && MessageDigest.isEqual(mac(text).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }

    boolean sameAs(byte[] other) {
        return Arrays.equals(secret, other);
    }
}
