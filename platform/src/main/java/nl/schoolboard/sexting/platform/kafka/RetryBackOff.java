package nl.schoolboard.sexting.platform.kafka;

import java.time.Duration;

import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How a consumer waits before it tries a failed record again: {@code initialInterval} before the second try, each
 * pause {@code multiplier} times the one before, never more than {@code maxInterval} (keep it well under
 * {@code max.poll.interval.ms}). A service ends the retrying either after a number of tries or after a time.
 */
public record RetryBackOff(Duration initialInterval, double multiplier, Duration maxInterval) {

    /** Gives up once the record has been tried {@code maxAttempts} times in all (the first try included). */
    public ExponentialBackOff upToAttempts(int maxAttempts) {
        return shaped(new ExponentialBackOffWithMaxRetries(maxAttempts - 1));
    }

    /** Gives up once the pauses add up to more than {@code maxElapsed}. */
    public ExponentialBackOff forAtMost(Duration maxElapsed) {
        ExponentialBackOff backOff = shaped(new ExponentialBackOff());
        backOff.setMaxElapsedTime(maxElapsed.toMillis());
        return backOff;
    }

    private ExponentialBackOff shaped(ExponentialBackOff backOff) {
        backOff.setInitialInterval(initialInterval.toMillis());
        backOff.setMultiplier(multiplier);
        backOff.setMaxInterval(maxInterval.toMillis());
        return backOff;
    }
}
