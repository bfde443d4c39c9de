package nl.schoolboard.sexting.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class DeclaredTopicsTest {

    @Test
    void a_declared_topic_becomes_a_new_topic_with_its_partitions_copies_and_settings() {
        DeclaredTopics declared = new DeclaredTopics(Map.of("case-events",
                new TopicSettings(3, (short) 3, 2, Duration.ofDays(30), "delete")));

        NewTopic topic = declared.newTopics().get(0);

        assertThat(topic.name()).isEqualTo("case-events");
        assertThat(topic.numPartitions()).isEqualTo(3);
        assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        assertThat(topic.configs()).containsEntry("min.insync.replicas", "2")
                .containsEntry("retention.ms", "2592000000")
                .containsEntry("cleanup.policy", "delete");
    }

    @Test
    void without_a_retention_the_brokers_default_holds() {
        NewTopic topic = DeclaredTopics.newTopic("notification-events",
                new TopicSettings(1, (short) 1, 1, null, "compact"));

        assertThat(topic.configs()).doesNotContainKey("retention.ms").containsEntry("cleanup.policy", "compact");
    }

    @Test
    void settings_no_write_could_meet_are_refused_at_start() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TopicSettings(3, (short) 1, 2, null, "delete"))
                .withMessageContaining("min-insync-replicas");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TopicSettings(0, (short) 1, 1, null, "delete"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TopicSettings(3, (short) 1, 1, null, "keep"));
    }
}
