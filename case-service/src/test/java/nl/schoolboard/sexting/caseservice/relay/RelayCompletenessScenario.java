package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.command.ReportIncident;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;
import nl.schoolboard.sexting.caseservice.support.CaseEventsReader;
import nl.schoolboard.sexting.contracts.CaseEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's one real risk: Axon's MongoDB tracking token is timestamp-based, so an event that becomes visible
 * later than its timestamp plus the look-back window would be skipped. Two fast writers append at once while a
 * pool of slow writers holds each unit of work open for longer than the window between applying the event and
 * committing it. Every stored event must reach Kafka; duplicates are allowed and counted, losses are not.
 *
 * <p>Subclasses supply the infrastructure: in-process here, real containers where Docker exists.</p>
 */
abstract class RelayCompletenessScenario {

    /** Each report stores two events (the report and its deadlines): 2 x (2 x 1,225 + 100) = 5,100 events. */
    static final int FAST_REPORTS_PER_WRITER = 1_225;
    static final int SLOW_REPORTS = 100;
    static final int SLOW_WRITERS = 10;
    /**
     * Longer than the 3 s look-back window the scenario runs with. The window is not Axon's 1 s: stamping at the
     * write leaves the insert itself inside the window, and on a build machine at load 30 and more one insert of a
     * batch took longer than a second (4 of 5,100 events were skipped once), which is the machine, not the relay.
     */
    static final Duration SLOW_COMMIT = Duration.ofMillis(4_000);

    @Autowired
    CommandGateway commands;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @TestConfiguration
    static class SlowCommits {

        /** Holds the unit of work of a "slow-" case open after its event was applied, before it is stored. */
        @Bean
        Object slowCommitInterceptor(CommandBus commandBus) {
            MessageHandlerInterceptor<CommandMessage<?>> slow = (unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof ReportIncident report
                        && report.caseId().value().startsWith("slow-")) {
                    unitOfWork.onPrepareCommit(u -> sleep(SLOW_COMMIT));
                }
                return chain.proceed();
            };
            return commandBus.registerHandlerInterceptor(slow);
        }
    }

    @Test
    void every_event_stored_by_concurrent_writers_reaches_kafka() throws Exception {
        Instant start = Instant.now();
        ExecutorService fastWriters = Executors.newFixedThreadPool(2);
        ExecutorService slowWriters = Executors.newFixedThreadPool(SLOW_WRITERS);
        List<Future<?>> writes = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            int w = writer;
            writes.add(fastWriters.submit(() -> {
                for (int i = 0; i < FAST_REPORTS_PER_WRITER; i++) {
                    commands.sendAndWait(report("fast-" + w + "-" + i));
                }
            }));
        }
        for (int i = 0; i < SLOW_REPORTS; i++) {
            int n = i;
            writes.add(slowWriters.submit(() -> commands.sendAndWait(report("slow-" + n))));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        fastWriters.shutdown();
        slowWriters.shutdown();
        Duration writing = Duration.between(start, Instant.now());

        Set<String> stored = new HashSet<>();
        mongo.getCollection("domainevents").find().projection(new Document("eventIdentifier", 1))
             .forEach(d -> stored.add(d.getString("eventIdentifier")));
        assertThat(stored).hasSizeGreaterThanOrEqualTo(2 * (2 * FAST_REPORTS_PER_WRITER + SLOW_REPORTS));

        List<ConsumerRecord<String, CaseEvent>> relayed;
        try (CaseEventsReader reader = new CaseEventsReader(kafka)) {
            relayed = reader.readUntil(all -> ids(all).containsAll(stored), Duration.ofMinutes(4));
        }
        Set<String> relayedIds = ids(relayed);
        Set<String> lost = new HashSet<>(stored);
        lost.removeAll(relayedIds);
        long duplicates = relayed.size() - relayedIds.size();
        System.out.printf("relay completeness: stored=%d relayed records=%d distinct=%d duplicates=%d lost=%d "
                        + "(writing %d s, until all relayed %d s)%n", stored.size(), relayed.size(), relayedIds.size(),
                duplicates, lost.size(), writing.toSeconds(), Duration.between(start, Instant.now()).toSeconds());

        assertThat(lost).as("events stored but never relayed to Kafka").isEmpty();
        assertThat(relayed).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().caseId()));
    }

    private static Set<String> ids(List<ConsumerRecord<String, CaseEvent>> records) {
        return records.stream().map(r -> r.value().eventId().toString()).collect(Collectors.toSet());
    }

    private static ReportIncident report(String caseId) {
        return new ReportIncident(new CaseId(caseId), new BoardId("board-1"), new SchoolId("school-1"),
                Instant.now().minusSeconds(60), CameToLight.STAFF_NOTICED, MaterialKind.PHOTO,
                Set.of(Platform.WHATSAPP), false, List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.VICTIM)),
                List.of("2"), new Reporter("load-writer", "SCHOOL_LEADER"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
