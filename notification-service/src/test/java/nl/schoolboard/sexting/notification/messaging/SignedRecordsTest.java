package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.testsupport.SignedRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.mock.env.MockEnvironment;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What notification-service puts on Kafka leaves signed, so case-service's audit trail records it. */
class SignedRecordsTest {

    private final StaticListableBeanFactory noBeans = new StaticListableBeanFactory();

    @Test
    void an_outcome_leaves_signed_by_notification_service() {
        DefaultKafkaProducerFactory<String, Object> factory = (DefaultKafkaProducerFactory<String, Object>)
                new KafkaWiring().kafkaProducerFactory(new KafkaProperties(), noBeans.getBeanProvider(SslBundles.class),
                        "", new MockEnvironment());
        byte[] outcome = "{\"type\":\"NotificationSent\",\"boardId\":\"board-1\"}".getBytes(StandardCharsets.UTF_8);

        SignedRecords.assertLeavesSignedBy("notification-service", factory.getValueSerializer(),
                Topics.NOTIFICATION_EVENTS, outcome);
    }

    @Test
    void the_prod_profile_refuses_to_sign_with_the_development_key() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");

        assertThatThrownBy(() -> new KafkaWiring().kafkaProducerFactory(new KafkaProperties(),
                noBeans.getBeanProvider(SslBundles.class), RecordSignature.DEVELOPMENT_KEYS.get("notification-service"),
                production))
                .hasMessageContaining("development key");
    }
}
