package nl.schoolboard.sexting.systemtests;

import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.localstack.LocalStack;
import nl.schoolboard.sexting.localstack.ReceivedMail;
import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The whole system, started once for all system tests of this JVM (starting it takes most of a minute on two
 * cores): the real local stack on free ports in a fresh directory. Test classes share it, so each scenario uses
 * ids (schools, cases, pupils) of its own and never assumes an empty system.
 */
public final class RunningSystem {

    private static LocalStack stack;

    private RunningSystem() {
    }

    public static synchronized LocalStack stack() {
        if (stack == null) {
            try {
                Path data = Files.createTempDirectory("system-tests-stack");
                LocalStack started = LocalStack.builder().dataDir(data).freePorts().build();
                started.start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-local-stack"));
                stack = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }

    // ---- what came out of it, as the scenarios look for it ------------------------------------------------------

    /** The case's first record on {@link Topics#CASE_EVENTS}, as any consumer reads it; waits for the relay. */
    static ConsumerRecord<String, byte[]> caseEventOf(String caseId) {
        try (KafkaTestClient kafka = new KafkaTestClient(stack().kafkaBootstrapServers())) {
            return kafka.awaitRecord(Topics.CASE_EVENTS, caseId);
        }
    }

    /** The mail the SMTP sink received that mentions the case (its link), oldest first. */
    static List<ReceivedMail> mailsAbout(String caseId) {
        return stack().receivedMail().stream().filter(mail -> mail.body().contains(caseId)).toList();
    }

    /** The first mail that matches, once it has arrived. */
    static ReceivedMail awaitMail(Duration patience, Predicate<ReceivedMail> which) {
        await().atMost(patience).until(() -> stack().receivedMail().stream().anyMatch(which));
        return stack().receivedMail().stream().filter(which).findFirst().orElseThrow();
    }
}
