package nl.schoolboard.sexting.testsupport;

import nl.schoolboard.sexting.contracts.RecordSignature;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;

import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a service puts on Kafka must leave signed by it, or case-service's audit trail will not record it. Each
 * service wires the signing into its own producer; this checks the outcome the same way for all of them.
 */
public final class SignedRecords {

    private SignedRecords() {
    }

    /**
     * Writes {@code value} with the service's value serializer and asserts that the record names {@code producer}
     * and carries a signature made with that producer's development key over the topic and the written bytes.
     */
    public static <T> void assertLeavesSignedBy(String producer, Serializer<T> values, String topic, T value) {
        RecordHeaders headers = new RecordHeaders();
        byte[] written = values.serialize(topic, headers, value);

        byte[] key = Base64.getDecoder().decode(RecordSignature.DEVELOPMENT_KEYS.get(producer));
        assertEquals(Optional.of(producer), RecordSignature.producerOf(headers), "the producer the record names");
        assertTrue(RecordSignature.signedWith(key, headers, topic, written),
                "the record is signed with " + producer + "'s key over " + topic + " and its bytes");
    }
}
