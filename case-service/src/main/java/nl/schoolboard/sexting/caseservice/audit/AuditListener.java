package nl.schoolboard.sexting.caseservice.audit;

import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolboard.sexting.caseservice.audit.AuditProducers.Refusal;
import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records every action the services publish: every case step, every notification outcome, every prevention
 * transition, every read of personal data. Each topic is read by the audit's own consumer group, from the start.
 *
 * <p>Only what a known service signed is recorded ({@link AuditProducers}): a record without a valid signature,
 * from a service on a topic it does not write, or about a board its service may not speak for is refused, counted
 * ({@code audit.records.refused}) and logged by place and reason only, never by content, which may hold personal
 * data. {@code case.audit.require-signed-records=false} turns the check off (a migration aid, not a mode to run in).
 * A record that is no event of ours is logged and passed by (it cannot be attributed); a failure to store is
 * retried without end, because skipping would leave a hole in the trail.</p>
 */
@Component
record AuditListener(AuditTrail trail, AuditProducers producers, MeterRegistry meters,
                     @Value("${case.audit.require-signed-records:true}") boolean signaturesRequired) {

    private static final Logger log = LoggerFactory.getLogger(AuditListener.class);

    /**
     * One poll's records at a time: the refusals are judged record by record as before, and what may be recorded is
     * appended in one go ({@link AuditTrail#appendAll}), in the order of the poll, so a consumer that has fallen behind
     * catches up with one insert per board and poll instead of two round trips per record. A failure to store fails
     * the whole batch, which is then tried again (appending is idempotent per source, so what got in is not added
     * twice). Refusals are counted and logged once the poll is stored, so that a batch handled again is not counted
     * again.
     */
    @KafkaListener(id = "audit-trail", groupId = "${case.audit.consumer-group:case-service-audit}",
            topics = {Topics.CASE_EVENTS, Topics.NOTIFICATION_EVENTS, Topics.PREVENTION_EVENTS, Topics.PERSONAL_DATA_READS},
            containerFactory = "auditListenerFactory")
    void record(List<ConsumerRecord<String, byte[]>> records) {
        List<AuditRecord> recordable = new ArrayList<>(records.size());
        Map<ConsumerRecord<String, byte[]>, Refusal> refused = new LinkedHashMap<>();
        records.forEach(record -> recordable(record, refused).ifPresent(recordable::add));
        trail.appendAll(recordable);
        refused.forEach(this::refuse);
    }

    private Optional<AuditRecord> recordable(ConsumerRecord<String, byte[]> record,
                                             Map<ConsumerRecord<String, byte[]>, Refusal> refused) {
        if (signaturesRequired) {
            Optional<Refusal> refusal = producers.refusal(record.topic(), record.headers(), record.value());
            if (refusal.isPresent()) {
                refused.put(record, refusal.get());
                return Optional.empty();
            }
        }
        Optional<AuditRecord> audited = AuditRecords.from(record.topic(), record.value());
        if (audited.isEmpty()) {
            log.warn("not an auditable event on {} at offset {}; passed by", record.topic(), record.offset());
        } else if (signaturesRequired && !producers.speaksFor(record.headers(), audited.get().boardId())) {
            refused.put(record, Refusal.NOT_ITS_BOARD);
            return Optional.empty();
        }
        return audited;
    }

    private void refuse(ConsumerRecord<String, byte[]> record, Refusal refusal) {
        meters.counter("audit.records.refused", "topic", record.topic(), "reason", refusal.name()).increment();
        log.warn("audit record refused, {}: {}-{}@{} (producer header: {})", refusal, record.topic(), record.partition(),
                record.offset(), RecordSignature.producerOf(record.headers()).map(AuditListener::printable).orElse("none"));
    }

    /** The producer header is chosen by whoever wrote the record: logged only as a short plain name. */
    private static String printable(String producer) {
        return producer.matches("[A-Za-z0-9._-]{1,40}") ? producer : "(not a service name)";
    }
}
