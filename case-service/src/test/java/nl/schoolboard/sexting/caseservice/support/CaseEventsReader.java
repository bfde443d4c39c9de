package nl.schoolboard.sexting.caseservice.support;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventDeserializer;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads the case-events topic from the beginning with a plain Kafka consumer, as any other service would. */
public final class CaseEventsReader implements AutoCloseable {

    private final KafkaConsumer<String, CaseEvent> consumer;
    private final List<ConsumerRecord<String, CaseEvent>> seen = new ArrayList<>();

    public CaseEventsReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"),
                new StringDeserializer(), new CaseEventDeserializer());
        consumer.subscribe(List.of(Topics.CASE_EVENTS));
    }

    /** Polls until {@code done} holds for everything read so far, or the time is up; returns everything read. */
    public List<ConsumerRecord<String, CaseEvent>> readUntil(Predicate<List<ConsumerRecord<String, CaseEvent>>> done,
                                                            Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (!done.test(seen) && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
