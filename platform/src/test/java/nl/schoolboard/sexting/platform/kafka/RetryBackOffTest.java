package nl.schoolboard.sexting.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class RetryBackOffTest {

    private final RetryBackOff retry = new RetryBackOff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(3));

    @Test
    void up_to_attempts_counts_the_first_try_and_caps_each_pause() {
        assertThat(pauses(retry.upToAttempts(4))).containsExactly(1_000L, 2_000L, 3_000L);
        assertThat(pauses(retry.upToAttempts(2))).as("one retry").containsExactly(1_000L);
    }

    @Test
    void for_at_most_stops_once_the_pauses_add_up_to_more_than_the_time() {
        assertThat(pauses(retry.forAtMost(Duration.ofSeconds(6)))).containsExactly(1_000L, 2_000L, 3_000L);
    }

    private static List<Long> pauses(BackOff backOff) {
        BackOffExecution execution = backOff.start();
        List<Long> pauses = new ArrayList<>();
        for (long pause = execution.nextBackOff(); pause != BackOffExecution.STOP && pauses.size() < 10;
             pause = execution.nextBackOff()) {
            pauses.add(pause);
        }
        return pauses;
    }
}
