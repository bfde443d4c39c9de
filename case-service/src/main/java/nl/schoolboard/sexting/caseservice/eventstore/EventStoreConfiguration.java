package nl.schoolboard.sexting.caseservice.eventstore;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolboard.sexting.caseservice.privacy.PersonalTextEncryption;
import nl.schoolboard.sexting.caseservice.privacy.SubjectKeys;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * The Axon event store and token store in MongoDB. The Mongo extension has no Spring Boot auto-configuration, so it
 * is wired here, on the same database Spring Data uses ({@code spring.data.mongodb.uri}).
 */
@Configuration
public class EventStoreConfiguration {

    @Bean
    MongoTemplate axonMongoTemplate(MongoDatabaseFactory databaseFactory) {
        return DefaultMongoTemplate.builder().mongoDatabase(databaseFactory.getMongoDatabase()).build();
    }

    /**
     * The serializer of stored events: Jackson, as everywhere, plus encryption of every personal text with its
     * subject's key ({@link PersonalTextEncryption}), so that no words about a person are in the store in the clear.
     * Not a bean: a second Serializer bean would take Axon's own places.
     */
    public static Serializer storedEventSerializer(ObjectMapper objectMapper, SubjectKeys keys) {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper.copy().registerModule(PersonalTextEncryption.module(keys)))
                .build();
    }

    /**
     * @param lookBack  how far behind the newest event a streaming processor still looks for late commits; it must
     *                  exceed the worst insert latency plus the clock skew between case-service instances
     * @param fetchSize how many events one query of the store returns
     */
    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          ObjectMapper objectMapper, SubjectKeys keys,
                                          @Qualifier("serializer") Serializer snapshotSerializer,
                                          @Value("${case.event-store.look-back:PT10S}") Duration lookBack,
                                          @Value("${case.event-store.fetch-size:2000}") int fetchSize,
                                          Clock clock) {
        MongoEventStorageEngine.Builder builder = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(storedEventSerializer(objectMapper, keys))
                .upcasterChain(new EventUpcasterChain(new MovedEventTypes(), new RolesBecameCodes(),
                        new WishesWereNotRecorded()))
                .snapshotSerializer(snapshotSerializer)
                .batchSize(fetchSize)
                .storageStrategy(new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(), lookBack));
        RecordedAtStampingEventStorageEngine engine = new RecordedAtStampingEventStorageEngine(builder, clock);
        // the unique index on (aggregate, sequence) is what turns two concurrent appends into a ConcurrencyException
        engine.ensureIndexes();
        return engine;
    }

    /**
     * The processors' positions and their claims on segments. Each instance claims as its own node (process id and
     * host); a claim not renewed within {@code claimTimeout} may be taken by another instance.
     */
    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, @Qualifier("serializer") Serializer serializer,
                          @Value("${case.event-store.token-claim-timeout:PT10S}") Duration claimTimeout) {
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer)
                .claimTimeout(claimTimeout).build();
    }
}
