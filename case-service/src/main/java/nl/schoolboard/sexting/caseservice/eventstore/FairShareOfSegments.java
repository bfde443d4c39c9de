package nl.schoolboard.sexting.caseservice.eventstore;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets a second instance share the processors' work instead of standing by. Claims alone do not do that: the first
 * instance to start claims every segment and keeps them while it lives. So every instance says it is alive (a
 * document in {@value #COLLECTION}, renewed each round) and, per processor, gives up a segment for a while when it
 * holds more than its share (segments divided by live instances, rounded up); the other instance claims it.
 * Nothing else depends on this: when an instance dies, its claims lapse and the others take them, shares or not.
 */
@Component
class FairShareOfSegments {

    static final String COLLECTION = "case_service_instances";
    private static final Logger log = LoggerFactory.getLogger(FairShareOfSegments.class);

    private final EventProcessingConfiguration processors;
    private final TokenStore tokens;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration aliveFor;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    /** When this instance last gave up a segment of each processor: one at a time, and then time for the takeover. */
    private final Map<String, Instant> lastGivenUp = new ConcurrentHashMap<>();

    FairShareOfSegments(EventProcessingConfiguration processors, TokenStore tokens, MongoTemplate mongo, Clock clock,
                        @Value("${case.event-store.token-claim-timeout:PT10S}") Duration claimTimeout) {
        this.processors = processors;
        this.tokens = tokens;
        this.mongo = mongo;
        this.clock = clock;
        // an instance that missed a few rounds is taken for dead, as its claims will be
        this.aliveFor = claimTimeout;
        mongo.indexOps(COLLECTION).ensureIndex(new Index().on("seenAt", Sort.Direction.ASC)
                .named("seen_at"));
    }

    @Scheduled(fixedDelayString = "${case.event-store.share-interval:PT5S}",
            initialDelayString = "${case.event-store.share-interval:PT5S}")
    void shareTheSegments() {
        Instant now = clock.instant();
        mongo.upsert(Query.query(Criteria.where("_id").is(node)), Update.update("seenAt", Date.from(now)), COLLECTION);
        mongo.remove(Query.query(Criteria.where("seenAt").lt(Date.from(now.minus(aliveFor.multipliedBy(6))))),
                COLLECTION);
        long alive = mongo.count(Query.query(Criteria.where("seenAt").gte(Date.from(now.minus(aliveFor)))),
                COLLECTION);
        if (alive < 2) {
            return;
        }
        processors.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .forEach(processor -> giveUpMoreThanTheShare(processor, alive, now));
    }

    private void giveUpMoreThanTheShare(StreamingEventProcessor processor, long alive, Instant now) {
        Instant last = lastGivenUp.get(processor.getName());
        if (last != null && now.isBefore(last.plus(aliveFor.multipliedBy(2)))) {
            return;
        }
        int segments;
        try {
            segments = tokens.fetchSegments(processor.getName()).length;
        } catch (RuntimeException e) {
            log.debug("segments of {} unknown this round: {}", processor.getName(), e.toString());
            return;
        }
        long share = (segments + alive - 1) / alive;
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        // a segment in error (say, Kafka is away) is retried where it is: moving it would not help, and its worker
        // may not see the release before its retry ends
        if (held.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return;
        }
        if (held.size() > share) {
            lastGivenUp.put(processor.getName(), now);
            int segment = held.keySet().iterator().next();
            // long enough for another instance to claim it (it tries every few seconds)
            processor.releaseSegment(segment, aliveFor.toMillis(), TimeUnit.MILLISECONDS);
            log.info("{}: gave up segment {} of {} for another instance ({} instances alive, {} held)",
                    processor.getName(), segment, segments, alive, held.size());
        }
    }
}
