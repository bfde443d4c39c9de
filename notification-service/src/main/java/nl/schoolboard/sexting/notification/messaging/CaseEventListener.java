package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.delivery.Deliveries;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.rules.NotificationRules;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads {@value Topics#CASE_EVENTS}. Records that are not case events never get here: the error-handling
 * deserializer hands them to the error handler, which dead-letters them (see {@link KafkaWiring}). Event types
 * without a notification rule are skipped. A failed delivery ends in an exception so that the container tries the
 * record again. The container continues the record's trace ({@code traceparent} header), so the log lines of
 * the handling and the mails it sends carry the trace id of the report that caused them.
 */
@Component
record CaseEventListener(NotificationRules rules, Deliveries deliveries) {

    static final String LISTENER_ID = "notification-case-events";

    private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

    @KafkaListener(id = LISTENER_ID, groupId = ConsumerGroups.NOTIFICATION_SERVICE, topics = Topics.CASE_EVENTS)
    void on(ConsumerRecord<String, CaseEvent> record) {
        CaseEvent event = record.value();
        List<Notice> notices = rules.noticesFor(event);
        if (notices.isEmpty()) {
            log.debug("{} v{} for case {}: nobody to tell, skipped", event.type(), event.schemaVersion(),
                    event.caseId());
            return;
        }
        log.info("{} {} for case {}: {} notice(s)", event.type(), event.eventId(), event.caseId(), notices.size());
        deliveries.deliverAll(event, notices);
    }
}
