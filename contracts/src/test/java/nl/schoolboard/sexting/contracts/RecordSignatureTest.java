package nl.schoolboard.sexting.contracts;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordSignatureTest {

    private static final byte[] KEY = Base64.getDecoder().decode(RecordSignature.DEVELOPMENT_KEYS.get("prevention-service"));

    private static RecordHeaders signedRecord(String topic, String value) {
        RecordHeaders headers = new RecordHeaders();
        byte[] bytes = RecordSignature.signing(new StringSerializer(), "prevention-service", KEY)
                .serialize(topic, headers, value);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(value);
        return headers;
    }

    @Test
    void a_record_signed_by_the_serializer_verifies_for_its_topic_and_value_only() {
        RecordHeaders headers = signedRecord(Topics.PREVENTION_EVENTS, "{\"boardId\":\"b-1\"}");
        byte[] value = "{\"boardId\":\"b-1\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(RecordSignature.producerOf(headers)).contains("prevention-service");
        assertThat(RecordSignature.signedWith(KEY, headers, Topics.PREVENTION_EVENTS, value)).isTrue();
        assertThat(RecordSignature.signedWith(KEY, headers, Topics.NOTIFICATION_EVENTS, value)).isFalse();
        assertThat(RecordSignature.signedWith(KEY, headers, Topics.PREVENTION_EVENTS,
                "{\"boardId\":\"b-2\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(RecordSignature.signedWith(new byte[32], headers, Topics.PREVENTION_EVENTS, value)).isFalse();
    }

    @Test
    void a_record_cannot_claim_another_producer_with_the_same_signature() {
        RecordHeaders headers = signedRecord(Topics.PERSONAL_DATA_READS, "{}");
        headers.remove(RecordSignature.PRODUCER);
        headers.add(RecordSignature.PRODUCER, "notification-service".getBytes(StandardCharsets.UTF_8));

        assertThat(RecordSignature.signedWith(KEY, headers, Topics.PERSONAL_DATA_READS, "{}".getBytes())).isFalse();
    }

    @Test
    void production_refuses_a_missing_or_development_key() {
        assertThatThrownBy(() -> RecordSignature.keyFor("notification-service", null, true, "notification.audit.signing-key"))
                .hasMessageContaining("prod");
        assertThatThrownBy(() -> RecordSignature.keyFor("notification-service",
                RecordSignature.DEVELOPMENT_KEYS.get("notification-service"), true, "k"))
                .hasMessageContaining("development key");
        assertThatThrownBy(() -> RecordSignature.keyFor("x", Base64.getEncoder().encodeToString(new byte[8]), false, "k"))
                .hasMessageContaining("at least 32 bytes");
        assertThat(RecordSignature.keyFor("prevention-service", "", false, "k")).isEqualTo(KEY);
    }
}
