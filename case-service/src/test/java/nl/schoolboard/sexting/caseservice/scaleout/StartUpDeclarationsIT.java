package nl.schoolboard.sexting.caseservice.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import nl.schoolboard.sexting.caseservice.support.DatabaseOfItsOwn;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * What a start of case-service leaves in place so that it can run twice: the indexes of every collection, the topics
 * as configured, the processors' streams in segments, and the lock that lets one instance run a scheduled job. All
 * against the in-process stores the service runs on in the tests (mongo-java-server, embedded KRaft Kafka).
 */
@SpringBootTest
@EmbeddedKafka(kraft = true, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DatabaseOfItsOwn
class StartUpDeclarationsIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    TokenStore tokens;
    @Autowired
    LockProvider locks;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void everyCollectionItQueriesHasItsIndexesFromTheStart() {
        assertThat(indexNames("step_deadlines")).contains("unsettled_by_due", "by_case");
        assertThat(indexNames("audit_trail")).contains("source_once", "board_seq", "board_case_seq");
        assertThat(indexNames("cases")).hasSizeGreaterThan(1);
        assertThat(indexNames("case_timeline")).hasSizeGreaterThan(1);
        // the event store's unique (aggregate, sequence): two instances appending to one case cannot both succeed
        assertThat(mongo.getCollection("domainevents").listIndexes().into(new ArrayList<>()))
                .anySatisfy(index -> {
                    assertThat(index.get("unique", Boolean.class)).isTrue();
                    assertThat(index.get("key", Document.class).keySet())
                            .containsExactly("aggregateIdentifier", "sequenceNumber");
                });
    }

    @Test
    void itsTopicsAreCreatedAsConfigured() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            TopicDescription events = admin.describeTopics(List.of(Topics.CASE_EVENTS)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(Topics.CASE_EVENTS);
            assertThat(events.partitions()).hasSize(3);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CASE_EVENTS);
            Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("delete");
            assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("1");
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .contains(Topics.CASE_EVENTS_DEAD_LETTER, Topics.PERSONAL_DATA_READS);
        }
    }

    @Test
    void theProcessorsStreamsAreSplitSoThatTwoInstancesCanShareThem() throws InterruptedException {
        // a processor lays out its segments once its first worker runs, a moment after the start
        for (int i = 0; i < 100 && tokens.fetchSegments("key-shredder").length == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(tokens.fetchSegments("kafka-relay")).hasSize(2);
        assertThat(tokens.fetchSegments("case-projection")).hasSize(2);
        // erasures stay one at a time
        assertThat(tokens.fetchSegments("key-shredder")).hasSize(1);
    }

    @Test
    void aScheduledJobsLockIsHeldByOneInstanceAtATime() {
        LockConfiguration round = new LockConfiguration(Instant.now(), "start-up-declarations-job",
                Duration.ofMinutes(1), Duration.ZERO);
        Optional<SimpleLock> first = locks.lock(round);
        assertThat(first).isPresent();
        assertThat(locks.lock(round)).as("a second instance asking while the first holds it").isEmpty();
        first.get().unlock();
        assertThat(locks.lock(round)).as("after the first let go").isPresent();
    }

    private List<String> indexNames(String collection) {
        return mongo.getCollection(collection).listIndexes().map(index -> index.getString("name"))
                .into(new ArrayList<>());
    }
}
