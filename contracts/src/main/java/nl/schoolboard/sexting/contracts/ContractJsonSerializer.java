package nl.schoolboard.sexting.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer for any record of the contracts ({@link CaseEvent}, {@link PersonalDataEvent}, …), in the
 * one JSON form all services read, so that one producer can publish several kinds of contract.
 */
public class ContractJsonSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return CaseEventJson.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
