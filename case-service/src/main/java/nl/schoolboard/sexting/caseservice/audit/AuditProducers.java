package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.contracts.RecordSignature;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.common.header.Headers;
import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The services whose records the audit trail accepts: each with the key it signs with
 * ({@code case.audit.producers.<service>.key}, base64), the topics it writes (fixed here, as the architecture
 * fixes them) and the boards it may speak for ({@code case.audit.producers.<service>.boards}; unset: every board,
 * as each service serves all boards of this deployment).
 */
final class AuditProducers {

    static final String CASE_SERVICE = "case-service";

    /** Why a record is not recorded; a code for logs and metrics, never the record's content. */
    enum Refusal {
        UNSIGNED, UNKNOWN_PRODUCER, BAD_SIGNATURE, NOT_ITS_TOPIC, NOT_ITS_BOARD
    }

    record Producer(String name, byte[] key, Set<String> topics, Set<String> boards) {

        boolean speaksFor(String boardId) {
            return boards.isEmpty() || boards.contains(boardId);
        }
    }

    private static final Map<String, Set<String>> TOPICS = Map.of(
            CASE_SERVICE, Set.of(Topics.CASE_EVENTS, Topics.PERSONAL_DATA_READS),
            "notification-service", Set.of(Topics.NOTIFICATION_EVENTS, Topics.PERSONAL_DATA_READS),
            "prevention-service", Set.of(Topics.PREVENTION_EVENTS, Topics.PERSONAL_DATA_READS));

    private final Map<String, Producer> producers;

    AuditProducers(List<Producer> producers) {
        this.producers = producers.stream().collect(Collectors.toMap(Producer::name, Function.identity()));
    }

    static AuditProducers configured(Environment environment, boolean production) {
        return new AuditProducers(TOPICS.entrySet().stream().map(service -> {
            String prefix = "case.audit.producers." + service.getKey();
            byte[] key = RecordSignature.keyFor(service.getKey(), environment.getProperty(prefix + ".key"), production,
                    prefix + ".key");
            String[] boards = environment.getProperty(prefix + ".boards", String[].class, new String[0]);
            return new Producer(service.getKey(), key, service.getValue(),
                    Arrays.stream(boards).map(String::strip).filter(b -> !b.isEmpty()).collect(Collectors.toSet()));
        }).toList());
    }

    /** The key case-service signs its own records with. */
    byte[] ownKey() {
        return producers.get(CASE_SERVICE).key();
    }

    /** Whether a record may be recorded as far as its headers and bytes tell: a refusal, or the producer. */
    Optional<Refusal> refusal(String topic, Headers headers, byte[] value) {
        Optional<String> name = RecordSignature.producerOf(headers);
        if (name.isEmpty() || headers.lastHeader(RecordSignature.SIGNATURE) == null) {
            return Optional.of(Refusal.UNSIGNED);
        }
        Producer producer = producers.get(name.get());
        if (producer == null) {
            return Optional.of(Refusal.UNKNOWN_PRODUCER);
        }
        if (!RecordSignature.signedWith(producer.key(), headers, topic, value)) {
            return Optional.of(Refusal.BAD_SIGNATURE);
        }
        if (!producer.topics().contains(topic)) {
            return Optional.of(Refusal.NOT_ITS_TOPIC);
        }
        return Optional.empty();
    }

    /** Called after {@link #refusal} found the record signed: whether its producer may speak for the board. */
    boolean speaksFor(Headers headers, String boardId) {
        return RecordSignature.producerOf(headers).map(producers::get).map(p -> p.speaksFor(boardId)).orElse(false);
    }
}
