package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class ChildProcessTest {

    @Test
    void the_kafka_console_shows_warnings_and_errors_with_their_stack_traces_but_not_the_info_chatter() {
        Predicate<String> console = ChildProcess.warningsOnly("known harmless");
        List<String> lines = List.of(
                "12:00:00.000 [main] INFO kafka.server.KafkaRaftServer - started",
                "12:00:01.000 [main] ERROR kafka.log.LogManager - disk full",
                "java.io.IOException: No space left on device",
                "\tat kafka.log.LogManager.flush(LogManager.scala:1)",
                "Caused by: java.io.IOException: quota",
                "12:00:02.000 [main] INFO kafka.server.KafkaRaftServer - still going",
                "12:00:03.000 [main] WARN kafka.server.X - known harmless thing",
                "\tat kafka.server.X.y(X.scala:1)",
                "12:00:04.000 [main] WARN kafka.server.X - something new");

        assertThat(lines.stream().filter(console).toList()).containsExactly(
                "12:00:01.000 [main] ERROR kafka.log.LogManager - disk full",
                "java.io.IOException: No space left on device",
                "\tat kafka.log.LogManager.flush(LogManager.scala:1)",
                "Caused by: java.io.IOException: quota",
                "12:00:04.000 [main] WARN kafka.server.X - something new");
    }
}
