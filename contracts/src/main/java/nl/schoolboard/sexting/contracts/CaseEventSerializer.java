package nl.schoolboard.sexting.contracts;

import org.apache.kafka.common.serialization.Serializer;

/** Kafka value serializer for {@link CaseEvent}. */
public class CaseEventSerializer implements Serializer<CaseEvent> {

    @Override
    public byte[] serialize(String topic, CaseEvent event) {
        return event == null ? null : CaseEventJson.write(event);
    }
}
