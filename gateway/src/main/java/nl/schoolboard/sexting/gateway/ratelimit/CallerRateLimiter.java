package nl.schoolboard.sexting.gateway.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket (Bucket4j) per caller key, held in memory in a Caffeine cache. A bucket not used for
 * {@link RateLimitProperties#refillTime()} is evicted (it would be full again anyway, so nothing changes for the
 * caller); {@link RateLimitProperties#maxTrackedCallers()} bounds the number of buckets whatever happens. So the
 * memory used does not grow with the number of callers ever seen, only with those active in the last seconds.
 *
 * <p>Per gateway instance: with several instances behind a load balancer each keeps its own buckets, and a caller
 * spread over n instances may send up to n times the configured rate. A shared limit would need a shared store
 * (Bucket4j has proxies for Redis and others, Spring Cloud Gateway's {@code RequestRateLimiter} needs Redis); we run
 * one gateway and no Redis.
 */
public final class CallerRateLimiter {

    private final RateLimitProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public CallerRateLimiter(RateLimitProperties properties) {
        this(properties, TimeMeter.SYSTEM_NANOTIME, Ticker.systemTicker());
    }

    /** With a clock of the caller's choice: bucket refills follow {@code time}, evictions follow {@code ticker}. */
    CallerRateLimiter(RateLimitProperties properties, TimeMeter time, Ticker ticker) {
        this.properties = properties;
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(properties.refillTime())
                .maximumSize(properties.maxTrackedCallers())
                .ticker(ticker)
                .build();
    }

    /** Takes one request from the caller's bucket, or says how long until there is one. */
    public Decision tryAcquire(String callerKey) {
        ConsumptionProbe probe = buckets.get(callerKey, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Decision.ALLOWED
                : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The number of callers whose buckets are kept (after evicting idle ones). */
    long trackedCallers() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.burst())
                        .refillGreedy(properties.requestsPerSecond(), Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    /**
     * @param allowed    whether the request may pass
     * @param retryAfter when refused: how long until the caller's next request would pass
     */
    public record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }
}
