package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/** The correlation id of a consumed record: its {@code correlation-id} header, else the one in the event. */
final class RecordCorrelation {

    private RecordCorrelation() {
    }

    static String of(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(RecordHeaders.CORRELATION_ID);
        if (header != null && header.value() != null && header.value().length > 0) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        return record.value() instanceof CaseEvent event ? event.correlationId() : null;
    }
}
