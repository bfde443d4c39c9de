package nl.schoolboard.sexting.caseservice.incident.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the case views from the event store: for the {@code case-projection} and {@code case-timeline} processors
 * in turn, stop, set each segment's token to the first event of the store, drop the view's collection, and start
 * again; the processor then reads every event in the background. Until it has caught up, the views show fewer cases
 * than there are. The Kafka relay and the deadline book are not touched.
 *
 * <p>Why not Axon's {@code resetTokens()}: it wraps the tokens in a replay token that remembers where the processor
 * was, and with the MongoDB store's token (which lists the events of its look-back window) every replayed event is
 * compared with and merged into that position. The profiles showed that bookkeeping as most of the rebuild's CPU, and
 * its cost grows with the store. The views need none of it: they are dropped and built again from nothing, so a
 * plain token at the first event does the same work without it.</p>
 *
 * <p>With more than one case-service instance, the other instances must not hold a claim on these processors'
 * segments (stop them, or their processors, first); otherwise the rebuild is refused before anything is changed.</p>
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final EventStore events;
    private final Map<String, RebuiltCollection> views = new LinkedHashMap<>();

    ProjectionRebuild(EventProcessingConfiguration processing, TokenStore tokens, EventStore events,
                      CaseProjection cases, TimelineProjection timeline) {
        this.processing = processing;
        this.tokens = tokens;
        this.events = events;
        views.put(CaseProjection.PROCESSING_GROUP, cases);
        views.put(TimelineProjection.PROCESSING_GROUP, timeline);
    }

    /** Starts the rebuild and answers once the processors read from the start; returns their names. */
    public synchronized List<String> rebuild() {
        return views.entrySet().stream().map(view -> rebuild(processor(view.getKey()), view.getValue())).toList();
    }

    private String rebuild(StreamingEventProcessor processor, RebuiltCollection view) {
        String name = processor.getName();
        log.info("Rebuilding projection {}: stopping, moving its tokens to the first event, dropping its view", name);
        processor.shutDown();
        try {
            fromTheFirstEvent(name);
            view.dropForReplay();
        } catch (UnableToClaimTokenException claimedElsewhere) {
            throw new RebuildRefused(name, claimedElsewhere);
        } finally {
            processor.start();
        }
        return name;
    }

    /**
     * Every segment's token at the store's first event. Checked first that no other instance holds a segment, so a
     * refusal changes nothing; a token is stored under this instance's claim, which is released at once.
     */
    private void fromTheFirstEvent(String processorName) {
        int[] segments = tokens.fetchSegments(processorName);
        if (tokens.fetchAvailableSegments(processorName).size() < segments.length) {
            throw new UnableToClaimTokenException("a segment of " + processorName + " is claimed by another instance");
        }
        TrackingToken first = events.createTailToken();
        for (int segment : segments) {
            tokens.storeToken(first, processorName, segment);
            tokens.releaseClaim(processorName, segment);
        }
    }

    private StreamingEventProcessor processor(String processingGroup) {
        return processing.eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming event processor for " + processingGroup));
    }

    /** Another instance holds part of a processor's work; the rebuild must wait until it lets go. */
    static class RebuildRefused extends RuntimeException {

        RebuildRefused(String processor, Throwable cause) {
            super("The case views cannot be rebuilt now: another case-service instance is working on " + processor
                    + ". Stop the other instances first, then try again.", cause);
        }
    }
}
