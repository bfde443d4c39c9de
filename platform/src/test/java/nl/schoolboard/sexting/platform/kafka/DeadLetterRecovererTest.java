package nl.schoolboard.sexting.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.kafka.support.KafkaHeaders;

class DeadLetterRecovererTest {

    private static final String DEAD_LETTERS = "case-events.DLT";

    /** Stands for a service's own exception that says best why a record broke the contract. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    private final DeadLetterRecoverer recoverer = recoverer((record, exception) -> {
    });

    private final ConsumerRecord<String, byte[]> poison =
            new ConsumerRecord<>("case-events", 2, 41L, "case-1", "not json".getBytes(StandardCharsets.UTF_8));

    @Test
    void a_record_goes_to_the_dead_letter_topic_with_its_bytes_and_the_telling_reason_and_is_counted() {
        recoverer.accept(poison, consumer,
                new IllegalStateException("listener failed", new Unreadable("not a case event")));

        assertThat(producer.history()).singleElement().satisfies(dead -> {
            assertThat(dead.topic()).isEqualTo(DEAD_LETTERS);
            assertThat(dead.partition()).as("left to Kafka's partitioner").isNull();
            assertThat(dead.key()).isEqualTo("case-1");
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
            assertThat(header(dead, DeadLetterReason.HEADER)).isEqualTo("Unreadable: not a case event");
            assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo("case-events");
        });
        assertThat(deadLetters().count()).isEqualTo(1.0);
    }

    @Test
    void the_services_own_step_comes_first_and_a_record_whose_step_fails_is_neither_sent_nor_counted() {
        List<String> steps = new ArrayList<>();
        recoverer((record, exception) -> steps.add("gave up " + record.key()))
                .accept(poison, consumer, new IllegalStateException("mail server unreachable"));
        assertThat(steps).containsExactly("gave up case-1");
        assertThat(producer.history()).hasSize(1);

        DeadLetterRecoverer failingFirst = recoverer((record, exception) -> {
            throw new IllegalStateException("database unreachable");
        });
        assertThatThrownBy(() -> failingFirst.accept(poison, consumer, new IllegalStateException("listener failed")))
                .hasMessage("database unreachable");
        assertThat(producer.history()).as("kept by the error handler, tried again").hasSize(1);
        assertThat(deadLetters().count()).isEqualTo(1.0);
    }

    private DeadLetterRecoverer recoverer(DeadLetterRecoverer.BeforeDeadLetter before) {
        return new DeadLetterRecoverer(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)), DEAD_LETTERS,
                DeadLetterReason.tellingFirst(Unreadable.class), meters, "test.dead.letters", before);
    }

    private Counter deadLetters() {
        return meters.get("test.dead.letters").tag("topic", DEAD_LETTERS).counter();
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
