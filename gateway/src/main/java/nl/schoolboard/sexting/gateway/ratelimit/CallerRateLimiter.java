package nl.schoolboard.sexting.gateway.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket (Bucket4j) per caller key, held either in this instance's memory or in MongoDB for all instances.
 *
 * <p>In memory ({@link #CallerRateLimiter(RateLimitProperties)}): a Caffeine cache. A bucket not used for
 * {@link RateLimitProperties#refillTime()} is evicted (it would be full again anyway, so nothing changes for the
 * caller); {@link RateLimitProperties#maxTrackedCallers()} bounds the number of buckets whatever happens. So the
 * memory used does not grow with the number of callers ever seen, only with those active in the last seconds. Per
 * gateway instance: a caller spread over n instances may send up to n times the configured rate.
 *
 * <p>Shared ({@link #shared}): the buckets are documents in MongoDB ({@link MongoBuckets}), the same bucket for a
 * caller whichever instance the request reaches; idle ones expire in the database the same way. Each decision is a
 * read and a conditional write, blocking: the filter calls it off the event loop.
 */
public final class CallerRateLimiter {

    private final RateLimitProperties properties;
    private final TimeMeter time;
    /** In memory only; null when the buckets are shared. */
    private final Cache<String, Bucket> buckets;
    /** Shared only; null when the buckets are in memory. */
    private final MongoBuckets shared;

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
        this.shared = null;
    }

    private CallerRateLimiter(RateLimitProperties properties, MongoBuckets shared) {
        this.properties = properties;
        this.time = TimeMeter.SYSTEM_MILLISECONDS;
        this.buckets = null;
        this.shared = shared;
    }

    /** Buckets that every gateway instance using the same MongoDB collection shares. */
    static CallerRateLimiter shared(RateLimitProperties properties, MongoBuckets buckets) {
        return new CallerRateLimiter(properties, buckets);
    }

    /** Whether a decision waits for a database (then it must not run on an event-loop thread). */
    boolean blocking() {
        return shared != null;
    }

    /** Takes one request from the caller's bucket, or says how long until there is one. */
    public Decision tryAcquire(String callerKey) {
        Bucket bucket = shared != null
                ? shared.builder().build(callerKey, this::configuration)
                : buckets.get(callerKey, key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Decision.ALLOWED
                : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The number of callers whose buckets are kept in memory (after evicting idle ones). */
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

    /** The same limit, for a bucket kept in the database (whose clock is each instance's wall clock). */
    private BucketConfiguration configuration() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.burst())
                        .refillGreedy(properties.requestsPerSecond(), Duration.ofSeconds(1)))
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
