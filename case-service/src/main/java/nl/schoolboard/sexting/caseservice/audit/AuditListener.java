package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records every action the services publish: every case step, every notification outcome, every prevention
 * transition, every read of personal data. Each topic is read by the audit's own consumer group, from the start.
 * A record that is no event of ours is logged and passed by (it cannot be attributed); a failure to store is
 * retried without end, because skipping would leave a hole in the trail.
 */
@Component
class AuditListener {

    private static final Logger log = LoggerFactory.getLogger(AuditListener.class);

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @KafkaListener(id = "audit-trail", groupId = "${case.audit.consumer-group:case-service-audit}",
            topics = {Topics.CASE_EVENTS, Topics.NOTIFICATION_EVENTS, Topics.PREVENTION_EVENTS, Topics.PERSONAL_DATA_READS},
            containerFactory = "auditListenerFactory")
    void record(ConsumerRecord<String, byte[]> record) {
        AuditRecords.from(record.topic(), record.value()).ifPresentOrElse(trail::append,
                () -> log.warn("not an auditable event on {} at offset {}; passed by", record.topic(), record.offset()));
    }
}
