package nl.schoolboard.sexting.contracts;

import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for {@link CaseEvent}. Throws {@link MalformedCaseEvent} on a poison record; wrap it in
 * an error-handling deserializer so that the consumer routes the record to the dead-letter topic and carries on.
 */
public class CaseEventDeserializer implements Deserializer<CaseEvent> {

    @Override
    public CaseEvent deserialize(String topic, byte[] data) {
        return CaseEventJson.read(data);
    }
}
