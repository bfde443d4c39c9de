package nl.schoolboard.sexting.caseservice.incident.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Rebuilds the case views from the event store: for the {@code case-projection} and {@code case-timeline} processors
 * in turn, stop, reset the tracking tokens to the start of the event store (the reset handlers drop the collections),
 * and start again; the processor then replays every event in the background. Until it has caught up, the views show
 * fewer cases than there are. The Kafka relay and the deadline book are not touched.
 *
 * <p>With more than one case-service instance, the other instances must not hold a claim on these processors'
 * segments (stop them, or their processors, first); otherwise the reset is refused and nothing is dropped.</p>
 */
@Component
public class ProjectionRebuild {

    static final List<String> PROCESSING_GROUPS = List.of(CaseProjection.PROCESSING_GROUP, TimelineProjection.PROCESSING_GROUP);
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;

    ProjectionRebuild(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Starts the rebuild and answers once the replay has begun; returns the names of the processors replaying. */
    public synchronized List<String> rebuild() {
        List<StreamingEventProcessor> processors = PROCESSING_GROUPS.stream().map(this::processor).toList();
        for (StreamingEventProcessor processor : processors) {
            log.info("Rebuilding projection {}: stopping, resetting its tokens, replaying the event store", processor.getName());
            processor.shutDown();
            try {
                processor.resetTokens();
            } catch (UnableToClaimTokenException claimedElsewhere) {
                throw new RebuildRefused(processor.getName(), claimedElsewhere);
            } finally {
                processor.start();
            }
        }
        return processors.stream().map(StreamingEventProcessor::getName).toList();
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
