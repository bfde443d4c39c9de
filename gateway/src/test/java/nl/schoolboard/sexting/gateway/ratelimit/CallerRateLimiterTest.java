package nl.schoolboard.sexting.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

/** The token buckets on a clock the test moves, no sleeping. */
class CallerRateLimiterTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void lets_the_burst_pass_then_refuses_and_says_when_the_next_request_passes() {
        CallerRateLimiter limiter = limiter(2, 4, 100);

        for (int i = 0; i < 4; i++) {
            assertThat(limiter.tryAcquire("sub:a").allowed()).as("request %d", i + 1).isTrue();
        }
        CallerRateLimiter.Decision refused = limiter.tryAcquire("sub:a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(new TooManyRequests(refused.retryAfter()).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void refills_at_the_configured_rate() {
        CallerRateLimiter limiter = limiter(2, 4, 100);
        drain(limiter, "sub:a", 4);

        clock.advance(Duration.ofMillis(499));
        assertThat(limiter.tryAcquire("sub:a").allowed()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire("sub:a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("sub:a").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(10));
        assertThat(drain(limiter, "sub:a", 10)).as("never more than the burst").isEqualTo(4);
    }

    @Test
    void keeps_one_bucket_per_caller() {
        CallerRateLimiter limiter = limiter(1, 2, 100);
        drain(limiter, "sub:a", 2);

        assertThat(limiter.tryAcquire("sub:a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("sub:b").allowed()).isTrue();
        assertThat(limiter.tryAcquire("ip:10.0.0.1").allowed()).isTrue();
    }

    @Test
    void forgets_callers_once_their_bucket_would_be_full_again() {
        CallerRateLimiter limiter = limiter(20, 40, 100);
        for (int i = 0; i < 50; i++) {
            limiter.tryAcquire("ip:10.0.0." + i);
        }
        drain(limiter, "sub:active", 40);
        assertThat(limiter.trackedCallers()).isEqualTo(51);

        clock.advance(Duration.ofMillis(1_500));
        limiter.tryAcquire("sub:active");
        clock.advance(Duration.ofMillis(600));

        // 2.1 s: the 50 idle ones are gone (40 / 20 per second = 2 s), the active one (seen 0.6 s ago) is kept
        assertThat(limiter.trackedCallers()).isEqualTo(1);
        assertThat(limiter.tryAcquire("sub:active").allowed()).isTrue();
    }

    @Test
    void never_keeps_more_callers_than_the_bound() {
        CallerRateLimiter limiter = limiter(20, 40, 100);

        for (int i = 0; i < 1_000; i++) {
            limiter.tryAcquire("ip:10.0." + (i / 250) + "." + (i % 250));
        }

        assertThat(limiter.trackedCallers()).isLessThanOrEqualTo(100);
    }

    @Test
    void refill_time_is_the_time_an_empty_bucket_takes_to_fill() {
        assertThat(new RateLimitProperties(20, 40, 1).refillTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(new RateLimitProperties(3, 1, 1).refillTime()).isEqualTo(Duration.ofNanos(333_333_334));
    }

    @Test
    void refuses_limits_that_cannot_work() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties(0, 40, 100))
                .withMessageContaining("requests-per-second");
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties(20, 0, 100))
                .withMessageContaining("burst");
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties(20, 40, 0))
                .withMessageContaining("max-tracked-callers");
    }

    @Test
    void asks_to_retry_after_whole_seconds_rounded_up() {
        assertThat(new TooManyRequests(Duration.ofNanos(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new TooManyRequests(Duration.ofSeconds(2)).retryAfterSeconds()).isEqualTo(2);
        assertThat(new TooManyRequests(Duration.ofMillis(2_001)).retryAfterSeconds()).isEqualTo(3);
    }

    private CallerRateLimiter limiter(int perSecond, int burst, int maxCallers) {
        return new CallerRateLimiter(new RateLimitProperties(perSecond, burst, maxCallers), clock, clock);
    }

    private static int drain(CallerRateLimiter limiter, String key, int attempts) {
        int passed = 0;
        for (int i = 0; i < attempts; i++) {
            if (limiter.tryAcquire(key).allowed()) {
                passed++;
            }
        }
        return passed;
    }

    /** One clock for the buckets (Bucket4j) and the evictions (Caffeine). */
    private static final class ManualClock implements TimeMeter, Ticker {
        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        @Override
        public long read() {
            return nanos.get();
        }
    }
}
