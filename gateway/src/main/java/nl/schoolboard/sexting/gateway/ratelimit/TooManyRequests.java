package nl.schoolboard.sexting.gateway.ratelimit;

import java.time.Duration;

/** A caller above the rate limit; answered with 429 and {@code Retry-After} by the edge's problem handler. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super("rate limit reached, next request possible in " + retryAfter.toMillis() + " ms");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least 1 (the unit of {@code Retry-After}). */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
