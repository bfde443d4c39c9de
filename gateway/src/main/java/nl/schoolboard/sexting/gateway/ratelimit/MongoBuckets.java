package nl.schoolboard.sexting.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Bucket4j's buckets kept in MongoDB, so that every gateway instance takes from the same bucket of a caller. Bucket4j
 * does the token-bucket arithmetic and retries; this class only reads a bucket's state and replaces it if nobody
 * changed it in between (compare and swap: an update whose filter is the state read). One document per caller:
 * {@code _id} the caller key, {@code state} Bucket4j's bytes, {@code expiresAt} when the bucket is full again, after
 * which a TTL index removes it (a caller not seen for that long is like one never seen).
 */
final class MongoBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private static final String STATE = "state";
    private static final String EXPIRES_AT = "expiresAt";

    private final MongoCollection<Document> buckets;
    private final Duration idleLife;

    MongoBuckets(MongoCollection<Document> buckets, Duration idleLife) {
        this(buckets, idleLife, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With the clock the buckets refill by (each instance's own; they must agree to within a few milliseconds). */
    MongoBuckets(MongoCollection<Document> buckets, Duration idleLife, TimeMeter clock) {
        super(ClientSideConfig.getDefault().withClientClock(clock));
        this.buckets = buckets;
        this.idleLife = idleLife;
        buckets.createIndex(Indexes.ascending(EXPIRES_AT),
                new IndexOptions().name("expire_idle").expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Document bucket = buckets.find(Filters.eq("_id", key)).first();
                return Optional.ofNullable(bucket).map(document -> document.get(STATE, Binary.class).getData());
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                                          Optional<Long> timeoutNanos) {
                Date expiresAt = Date.from(Instant.now().plus(idleLife));
                if (originalData == null) {
                    try {
                        buckets.insertOne(new Document("_id", key).append(STATE, new Binary(newData))
                                .append(EXPIRES_AT, expiresAt));
                        return true;
                    } catch (MongoWriteException e) {
                        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                            return false; // another instance made the bucket first: Bucket4j reads it and tries again
                        }
                        throw e;
                    }
                }
                return buckets.updateOne(
                        Filters.and(Filters.eq("_id", key), Filters.eq(STATE, new Binary(originalData))),
                        Updates.combine(Updates.set(STATE, new Binary(newData)), Updates.set(EXPIRES_AT, expiresAt)))
                        .getMatchedCount() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("the gateway calls the shared buckets off the event loop, blocking");
    }

    @Override
    public void removeProxy(String key) {
        buckets.deleteOne(Filters.eq("_id", key));
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("not asynchronous");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
