package nl.schoolboard.sexting.platform.kafka;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The Kafka topics a service owns or writes to, as configuration ({@code platform.kafka.topics.<topic>.*}); topic
 * names with a dot are written in brackets in YAML ({@code "[case-events.DLT]"}). At start-up spring-kafka's
 * {@code KafkaAdmin} creates the missing ones, adds partitions where fewer exist and, with
 * {@code spring.kafka.admin.modify-topic-configs=true}, brings retention, cleanup policy and
 * {@code min.insync.replicas} of existing topics in line. So a topic is never left to the broker's defaults
 * (auto-creation), and production values are a matter of setting properties.
 */
@ConfigurationProperties("platform.kafka")
public record DeclaredTopics(@DefaultValue Map<String, TopicSettings> topics) {

    public DeclaredTopics {
        topics = Map.copyOf(topics);
    }

    /** One {@link NewTopic} per declared topic, in the shape spring-kafka's admin creates and updates. */
    public List<NewTopic> newTopics() {
        return topics.entrySet().stream().map(entry -> newTopic(entry.getKey(), entry.getValue())).toList();
    }

    static NewTopic newTopic(String name, TopicSettings settings) {
        TopicBuilder builder = TopicBuilder.name(name)
                .partitions(settings.partitions())
                .replicas(settings.replicationFactor())
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(settings.minInsyncReplicas()))
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, settings.cleanupPolicy());
        if (settings.retention() != null) {
            builder.config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(settings.retention().toMillis()));
        }
        return builder.build();
    }
}
