package nl.schoolboard.sexting.gateway.ratelimit;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate limiter: buckets in memory, or in the MongoDB of {@code gateway.rate-limit.shared-store} when several
 * gateway instances must count a caller's requests together. The gateway has no other use for MongoDB, so the client
 * is made here, only then (Spring Boot's MongoDB auto-configuration is off in application.yml).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    static final String COLLECTION = "rate_limit_buckets";

    @Bean
    SharedStoreClient rateLimitStore(RateLimitProperties properties) {
        String uri = properties.sharedStore();
        if (uri == null || uri.isBlank()) {
            return new SharedStoreClient(null, null);
        }
        ConnectionString connection = new ConnectionString(uri);
        if (connection.getDatabase() == null) {
            throw new IllegalArgumentException("gateway.rate-limit.shared-store must name a database, e.g. "
                    + "mongodb://mongo:27017/gateway");
        }
        return new SharedStoreClient(MongoClients.create(connection), connection.getDatabase());
    }

    @Bean
    CallerRateLimiter callerRateLimiter(RateLimitProperties properties, SharedStoreClient store) {
        if (store.client() == null) {
            return new CallerRateLimiter(properties);
        }
        return CallerRateLimiter.shared(properties, new MongoBuckets(
                store.client().getDatabase(store.database()).getCollection(COLLECTION), properties.refillTime()));
    }

    /** The MongoDB client of the shared store, closed with the application; both null without one. */
    record SharedStoreClient(MongoClient client, String database) implements DisposableBean {

        @Override
        public void destroy() {
            if (client != null) {
                client.close();
            }
        }
    }
}
