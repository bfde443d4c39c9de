package nl.schoolboard.sexting.caseservice.audit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A poll whose store fails is handled again whole (the container retries it): what it refused is counted once, after
 * the poll is stored, not once per attempt. On the in-process MongoDB-wire server; the first append fails as a store
 * that is away would.
 */
class AuditListenerRetryTest {

    private static final String BOARD = "board-retry";
    private static final String SENT = """
            {"eventId":"%s","type":"NotificationSent","schemaVersion":1,"occurredAt":"2026-11-20T10:01:00Z",
             "boardId":"%s","schoolId":"school-a","caseId":"case-1","channel":"EMAIL","recipientKind":"CARE_STAFF"}""";

    private final byte[] notificationKey = "a-key-for-notification-service-tests".getBytes(StandardCharsets.UTF_8);
    private final MongoTemplate mongo = AuditTrails.emptyDatabase("audit-retry");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void a_refusal_in_a_poll_that_is_stored_on_its_second_attempt_is_counted_once() {
        AuditTrail storeAwayOnce = new AuditTrail(mongo, AuditTrails.CHAIN) {
            private boolean failed;

            @Override
            void appendAll(List<AuditRecord> records) {
                if (!failed) {
                    failed = true;
                    throw new DataAccessResourceFailureException("the store did not answer");
                }
                super.appendAll(records);
            }
        };
        storeAwayOnce.ensureIndexes();
        AuditProducers producers = new AuditProducers(List.of(new AuditProducers.Producer("notification-service",
                notificationKey, Set.of(Topics.NOTIFICATION_EVENTS), Set.of())));
        AuditListener listener = new AuditListener(storeAwayOnce, producers, meters, true);
        List<ConsumerRecord<String, byte[]>> poll = List.of(signed(UUID.randomUUID().toString()), unsigned());

        assertThatThrownBy(() -> listener.record(poll)).isInstanceOf(DataAccessResourceFailureException.class);
        listener.record(poll);

        assertThat(meters.counter("audit.records.refused", "topic", Topics.NOTIFICATION_EVENTS,
                "reason", AuditProducers.Refusal.UNSIGNED.name()).count()).isEqualTo(1.0);
        assertThat(mongo.findAll(AuditEntry.class)).as("the signed record, once").hasSize(1);
    }

    private ConsumerRecord<String, byte[]> signed(String eventId) {
        ConsumerRecord<String, byte[]> record = unsignedWith(eventId);
        RecordSignature.addTo(record.headers(), notificationKey, "notification-service", Topics.NOTIFICATION_EVENTS,
                record.value());
        return record;
    }

    private ConsumerRecord<String, byte[]> unsigned() {
        return unsignedWith(UUID.randomUUID().toString());
    }

    private static ConsumerRecord<String, byte[]> unsignedWith(String eventId) {
        return new ConsumerRecord<>(Topics.NOTIFICATION_EVENTS, 0, 0L, "case-1",
                SENT.formatted(eventId, BOARD).getBytes(StandardCharsets.UTF_8));
    }
}
