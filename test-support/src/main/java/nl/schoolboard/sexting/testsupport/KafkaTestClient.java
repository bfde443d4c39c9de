package nl.schoolboard.sexting.testsupport;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Plain Kafka clients, as another service or an engineer would use them: no Spring in between. The services' tests
 * and the system tests publish case events, read topics and wait for consumer groups with it.
 */
public final class KafkaTestClient implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public static void createTopics(String bootstrapServers, String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Publishes a case event the way case-service's relay does: key = case id, JSON value, correlation header. */
    public RecordMetadata publish(String topic, CaseEvent event) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RecordHeaders.EVENT_ID, event.eventId().toString());
        headers.put(RecordHeaders.EVENT_TYPE, event.type());
        if (event.correlationId() != null) {
            headers.put(RecordHeaders.CORRELATION_ID, event.correlationId());
        }
        return publish(topic, event.caseId(), CaseEventJson.write(event), headers);
    }

    public RecordMetadata publish(String topic, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        return send(record);
    }

    /** Sends the record as it is and waits for the broker's acknowledgement. */
    public RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    /** How many partitions the topic has. */
    public int partitions(String topic) {
        return producer.partitionsFor(topic).size();
    }

    /** Everything on a topic right now, from the beginning, read by a consumer of its own. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The first record with this key on the topic, read from the beginning; waits for it to be published. */
    public ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record with key " + key + " on " + topic + " within " + PATIENCE);
    }

    /**
     * Waits until {@code group} has committed offsets up to what is on every partition of {@code topic} now: it has
     * handled everything published before this call.
     */
    public void awaitConsumed(String group, String topic) {
        Map<TopicPartition, Long> end = endOffsets(topic);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return end.entrySet().stream().allMatch(partition -> partition.getValue() == 0
                    || (committed.get(partition.getKey()) != null
                    && committed.get(partition.getKey()).offset() >= partition.getValue()));
        });
    }

    private Map<TopicPartition, Long> endOffsets(String topic) {
        try {
            Collection<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            return admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the end offsets of " + topic, e);
        }
    }

    /** Produces the very same record again, as a broker or relay redelivery would: same key, bytes and headers. */
    public RecordMetadata redeliver(ConsumerRecord<String, byte[]> original) {
        return send(new ProducerRecord<>(original.topic(), null, original.key(), original.value(),
                original.headers()));
    }

    /** Waits until {@code group} has committed past this record: the service handled it, one way or another. */
    public void awaitCommittedPast(String group, RecordMetadata sent) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get().get(partition);
            return committed != null && committed.offset() > sent.offset();
        });
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
