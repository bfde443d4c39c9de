package nl.schoolboard.sexting.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one Kafka topic is to be: what a service declares under {@code platform.kafka.topics.<topic>}.
 *
 * @param partitions         how many consumers of one group can work on the topic at once; records with the same
 *                           key (a case id) stay in one partition and so in order
 * @param replicationFactor  copies of every partition on different brokers; 1 on a development machine, 3 in
 *                           production
 * @param minInsyncReplicas  how many copies must have a record before a producer with {@code acks=all} hears it
 *                           was written; 1 in development, 2 in production (so one broker may fail without loss)
 * @param retention          how long a record is kept ({@code retention.ms}); empty: the broker's default
 * @param cleanupPolicy      {@code delete} (records older than the retention go) or {@code compact} (the latest
 *                           record per key stays)
 */
public record TopicSettings(@DefaultValue("3") int partitions,
                            @DefaultValue("1") short replicationFactor,
                            @DefaultValue("1") int minInsyncReplicas,
                            Duration retention,
                            @DefaultValue("delete") String cleanupPolicy) {

    public TopicSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication-factor must be at least 1, not " + replicationFactor);
        }
        if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("min-insync-replicas must be between 1 and the replication factor ("
                    + replicationFactor + "), not " + minInsyncReplicas
                    + ": with more, no write with acks=all could ever succeed");
        }
        if (!cleanupPolicy.equals("delete") && !cleanupPolicy.equals("compact")
                && !cleanupPolicy.equals("compact,delete")) {
            throw new IllegalArgumentException("cleanup-policy must be delete, compact or compact,delete, not "
                    + cleanupPolicy);
        }
    }
}
