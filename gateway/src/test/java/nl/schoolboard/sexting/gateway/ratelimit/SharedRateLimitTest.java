package nl.schoolboard.sexting.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import io.github.bucket4j.TimeMeter;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two gateway instances on one MongoDB count a caller's requests together, and only theirs. */
class SharedRateLimitTest {

    private static final TimeMeter STILL = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return 1_000_000_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> buckets;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        buckets = client.getDatabase("gateway").getCollection(RateLimitConfiguration.COLLECTION);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_caller_spread_over_two_instances_gets_the_burst_once_not_twice() {
        RateLimitProperties limit = new RateLimitProperties(1, 4, 100);
        CallerRateLimiter first = instance(limit);
        CallerRateLimiter second = instance(limit);

        assertThat(first.tryAcquire("sub:teacher").allowed()).isTrue();
        assertThat(second.tryAcquire("sub:teacher").allowed()).isTrue();
        assertThat(first.tryAcquire("sub:teacher").allowed()).isTrue();
        assertThat(second.tryAcquire("sub:teacher").allowed()).isTrue();

        CallerRateLimiter.Decision fifth = second.tryAcquire("sub:teacher");
        assertThat(fifth.allowed()).isFalse();
        assertThat(fifth.retryAfter()).isPositive();
        assertThat(first.tryAcquire("sub:teacher").allowed()).isFalse();
        // another caller has a bucket of their own
        assertThat(second.tryAcquire("sub:leader").allowed()).isTrue();
        assertThat(first.blocking()).isTrue();
    }

    @Test
    void two_instances_taking_at_the_same_time_never_hand_out_more_than_the_burst() throws InterruptedException {
        RateLimitProperties limit = new RateLimitProperties(1, 20, 100);
        CallerRateLimiter first = instance(limit);
        CallerRateLimiter second = instance(limit);
        AtomicInteger allowed = new AtomicInteger();
        Runnable burst = () -> {
            for (int i = 0; i < 20; i++) {
                if ((i % 2 == 0 ? first : second).tryAcquire("sub:busy").allowed()) {
                    allowed.incrementAndGet();
                }
            }
        };
        Thread one = new Thread(burst);
        Thread two = new Thread(burst);
        one.start();
        two.start();
        one.join();
        two.join();

        assertThat(allowed.get()).isEqualTo(20);
    }

    private CallerRateLimiter instance(RateLimitProperties limit) {
        // time stands still: no bucket refills while the test runs, however slow the machine
        return CallerRateLimiter.shared(limit, new MongoBuckets(buckets, limit.refillTime(), STILL));
    }
}
