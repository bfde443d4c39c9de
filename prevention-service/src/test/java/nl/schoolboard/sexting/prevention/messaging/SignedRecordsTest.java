package nl.schoolboard.sexting.prevention.messaging;

import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.testsupport.SignedRecords;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.mock.env.MockEnvironment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What prevention-service puts on Kafka leaves signed, so case-service's audit trail records it. */
class SignedRecordsTest {

    @Test
    void a_prevention_event_leaves_signed_by_prevention_service() {
        DefaultKafkaProducerFactory<Object, Object> factory = new DefaultKafkaProducerFactory<>(Map.of());
        new KafkaMessagingConfiguration().valueSerializers("", new MockEnvironment()).customize(factory);
        PreventionEvent event = new PreventionEvent(UUID.randomUUID(), PreventionEvent.ACTIVITY_PLANNED, PreventionEvent.SCHEMA_VERSION,
                Instant.parse("2026-11-20T10:00:00Z"), "board-1", "school-1", "a-1", "MEDIA_LITERACY_LESSON", "PLANNED",
                LocalDate.parse("2026-12-01"), null, List.of("3"), null, null, null, null, null, null, null, null,
                new Actor("user-1", "SCHOOL_LEADER"));

        SignedRecords.assertLeavesSignedBy("prevention-service", factory.getValueSerializerSupplier().get(),
                Topics.PREVENTION_EVENTS, event);
    }

    @Test
    void the_prod_profile_refuses_to_sign_with_the_development_key() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");

        assertThatThrownBy(() -> new KafkaMessagingConfiguration().valueSerializers("", production))
                .hasMessageContaining("prevention.audit.signing-key");
    }
}
