package nl.schoolboard.sexting.contracts;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Who produced a Kafka record, provably: the producing service signs each record's value (HMAC-SHA256 over its name,
 * the topic and the value bytes, under a key it shares with the audit trail only) in two headers. The audit trail
 * records only what a service it knows signed for a topic that service writes, so a client that can reach the
 * broker cannot put actions in a board's trail.
 *
 * <p>A service signs by wrapping its value serializer: {@link #signing(Serializer, String, byte[])}.</p>
 */
public final class RecordSignature {

    /** The name of the service that produced the record. */
    public static final String PRODUCER = "producer";
    /** Base64 HMAC-SHA256 over {@code v1}, the producer, the topic and the value, each followed by a zero byte. */
    public static final String SIGNATURE = "producer-signature";
    public static final int MINIMUM_KEY_BYTES = 32;

    /**
     * The public development keys of the local stack and the tests, per producing service. Being public, they
     * prove nothing: a service started with the {@code prod} profile refuses them ({@link #keyFor}).
     */
    public static final Map<String, String> DEVELOPMENT_KEYS = Map.of(
            "case-service", "WKyOLgzcdytUNvoN9P6N8A8wVFsBnFjptLdks0oJQ58=",
            "notification-service", "bNYo6Y8P5Fh3M/DlwsL7ohy6QWNMdBiq+KnKSlvY9/Y=",
            "prevention-service", "0t+9PY5c137vYhf07E0Gd7Ls7YkRbCNAzM/7xsgDssQ=");

    private RecordSignature() {
    }

    /**
     * The signing key of a service for this run: the configured one (base64); without one, the service's
     * development key, except in production, which refuses to start without a key of its own.
     *
     * @param property the name of the setting, for the message when the key is refused
     */
    public static byte[] keyFor(String producer, String configuredBase64, boolean production, String property) {
        boolean none = configuredBase64 == null || configuredBase64.isBlank();
        if (none && production) {
            throw new IllegalStateException("The prod profile needs " + property + ": the key " + producer
                    + " signs its records for the audit trail with, kept outside any database.");
        }
        String development = DEVELOPMENT_KEYS.get(producer);
        if (none && development == null) {
            throw new IllegalStateException(property + " is not set and " + producer + " has no development key.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode((none ? development : configuredBase64).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64.", e);
        }
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalStateException(property + " must be at least " + MINIMUM_KEY_BYTES + " bytes.");
        }
        if (production && development != null && Arrays.equals(key, Base64.getDecoder().decode(development))) {
            throw new IllegalStateException("The prod profile refuses the development key in " + property + ".");
        }
        return key;
    }

    /** The signature of a value as the producer would put it in {@link #SIGNATURE}. */
    public static String sign(byte[] key, String producer, String topic, byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(("v1\0" + producer + "\0" + topic + "\0").getBytes(StandardCharsets.UTF_8));
            mac.update(value == null ? new byte[0] : value);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /** Adds the producer and signature headers, replacing any the record had. */
    public static void addTo(Headers headers, byte[] key, String producer, String topic, byte[] value) {
        headers.remove(PRODUCER);
        headers.remove(SIGNATURE);
        headers.add(PRODUCER, producer.getBytes(StandardCharsets.UTF_8));
        headers.add(SIGNATURE, sign(key, producer, topic, value).getBytes(StandardCharsets.US_ASCII));
    }

    /** The producer a record names, if it names one. */
    public static Optional<String> producerOf(Headers headers) {
        return text(headers.lastHeader(PRODUCER));
    }

    /** Whether the record's signature is the named producer's signature under this key (constant-time compare). */
    public static boolean signedWith(byte[] key, Headers headers, String topic, byte[] value) {
        Optional<String> producer = producerOf(headers);
        Optional<String> signature = text(headers.lastHeader(SIGNATURE));
        if (producer.isEmpty() || signature.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sign(key, producer.get(), topic, value).getBytes(StandardCharsets.US_ASCII),
                signature.get().getBytes(StandardCharsets.US_ASCII));
    }

    /** Wraps a value serializer so that every record it writes leaves signed by {@code producer}. */
    public static <T> Serializer<T> signing(Serializer<T> values, String producer, byte[] key) {
        byte[] secret = key.clone();
        return new Serializer<>() {
            @Override
            public void configure(Map<String, ?> configs, boolean isKey) {
                values.configure(configs, isKey);
            }

            @Override
            public byte[] serialize(String topic, T data) {
                return values.serialize(topic, data);
            }

            @Override
            public byte[] serialize(String topic, Headers headers, T data) {
                byte[] value = values.serialize(topic, headers, data);
                if (value != null) {
                    addTo(headers, secret, producer, topic, value);
                }
                return value;
            }

            @Override
            public void close() {
                values.close();
            }
        };
    }

    private static Optional<String> text(Header header) {
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
