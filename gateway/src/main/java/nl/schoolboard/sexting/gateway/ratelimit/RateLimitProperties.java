package nl.schoolboard.sexting.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-user rate limit of {@code /api/**} (see {@link RateLimitFilter}): per gateway instance, or shared by all
 * instances through MongoDB.
 *
 * @param requestsPerSecond {@code gateway.rate-limit.requests-per-second}, default 20: the sustained rate; the
 *                          bucket refills at this rate
 * @param burst             {@code gateway.rate-limit.burst}, default 40: how many requests a caller may send at
 *                          once after a quiet moment (the bucket's size)
 * @param maxTrackedCallers {@code gateway.rate-limit.max-tracked-callers}, default 100000: a hard bound on the
 *                          number of callers kept; beyond it the least recently seen are dropped (they start again
 *                          with a full bucket); in memory only
 * @param sharedStore       {@code gateway.rate-limit.shared-store}: empty (the default) keeps the buckets in each
 *                          instance's memory; a MongoDB connection string with a database
 *                          ({@code mongodb://mongo:27017/gateway}) keeps them there, one bucket per caller for all
 *                          gateway instances (collection {@code rate_limit_buckets})
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("20") int requestsPerSecond,
                                  @DefaultValue("40") int burst,
                                  @DefaultValue("100000") int maxTrackedCallers,
                                  String sharedStore) {

    public RateLimitProperties(int requestsPerSecond, int burst, int maxTrackedCallers) {
        this(requestsPerSecond, burst, maxTrackedCallers, null);
    }

    @ConstructorBinding
    public RateLimitProperties {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException(
                    "gateway.rate-limit.requests-per-second must be at least 1, not " + requestsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("gateway.rate-limit.burst must be at least 1, not " + burst);
        }
        if (maxTrackedCallers < 1) {
            throw new IllegalArgumentException(
                    "gateway.rate-limit.max-tracked-callers must be at least 1, not " + maxTrackedCallers);
        }
    }

    /**
     * How long an empty bucket takes to be full again. A caller not seen for this long has a full bucket, exactly
     * like a caller never seen, so their bucket can be dropped without changing any answer.
     */
    public Duration refillTime() {
        long nanos = burst * 1_000_000_000L;
        return Duration.ofNanos((nanos + requestsPerSecond - 1) / requestsPerSecond);
    }
}
