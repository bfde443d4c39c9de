package nl.schoolboard.sexting.prevention.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the consumer of {@code case-events} retries a record whose handling failed for a reason that may pass (the
 * store or the broker away): exponential back-off from {@code initialInterval}, at most {@code maxInterval} apart
 * (keep it well under {@code max.poll.interval.ms}), for {@code maxElapsed} in all; then the record goes to the
 * dead-letter topic for an engineer to replay.
 */
@ConfigurationProperties("prevention.case-events.retry")
public record CaseEventsConsumerProperties(
        @DefaultValue("1s") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("30s") Duration maxInterval,
        @DefaultValue("10m") Duration maxElapsed) {
}
