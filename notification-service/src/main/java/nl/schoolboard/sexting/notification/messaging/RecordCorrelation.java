package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.platform.tracing.Correlation;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The correlation id of a consumed record: its {@code correlation-id} header, else the one in the event. */
final class RecordCorrelation {

    private RecordCorrelation() {
    }

    static String of(ConsumerRecord<?, ?> record) {
        return Correlation.fromHeaders(record.headers())
                .orElseGet(() -> record.value() instanceof CaseEvent event ? event.correlationId() : null);
    }
}
