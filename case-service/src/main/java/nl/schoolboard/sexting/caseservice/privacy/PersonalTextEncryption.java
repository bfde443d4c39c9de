package nl.schoolboard.sexting.caseservice.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * How a {@link PersonalText} is written to and read from the event store: {@code {"keyId": ..., "cipher": ...}},
 * AES-GCM with a fresh nonce per text. Reading a text whose key was destroyed gives an erased text, not an error,
 * so that the case can still be loaded and its views rebuilt.
 */
public final class PersonalTextEncryption {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalTextEncryption() {
    }

    public static SimpleModule module(SubjectKeys keys) {
        SimpleModule module = new SimpleModule("personal-text-encryption");
        module.addSerializer(PersonalText.class, new JsonSerializer<>() {
            @Override
            public void serialize(PersonalText value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartObject();
                out.writeStringField("keyId", value.keyId());
                out.writeStringField("cipher", value.erased() ? null : encrypt(keys.keyFor(value.keyId()), value.text()));
                out.writeEndObject();
            }
        });
        module.addDeserializer(PersonalText.class, new JsonDeserializer<>() {
            @Override
            public PersonalText deserialize(JsonParser in, DeserializationContext context) throws IOException {
                JsonNode node = in.readValueAsTree();
                String keyId = node.path("keyId").asText();
                JsonNode cipher = node.get("cipher");
                if (cipher == null || cipher.isNull()) {
                    return new PersonalText(keyId, null);
                }
                Optional<SecretKey> key = keys.existing(keyId);
                return new PersonalText(keyId, key.map(k -> decrypt(k, cipher.asText())).orElse(null));
            }
        });
        return module;
    }

    static String encrypt(SecretKey key, String text) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a personal text", e);
        }
    }

    static String decrypt(SecretKey key, String sealedText) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedText);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a personal text does not decrypt with its key: the store was altered", e);
        }
    }
}
