package nl.schoolboard.sexting.caseservice.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.time.Clock;
import java.util.List;

/**
 * Stores events with the moment they are written as their timestamp, instead of the moment they were applied.
 *
 * <p>Why: Axon's MongoDB tracking token is timestamp-based. A streaming processor (our Kafka relay) reads events
 * from {@code token timestamp - look-back window} onwards, so an event that becomes visible later than its timestamp
 * plus the window is never seen. Events are applied while a command is handled and only written when its unit of
 * work commits; a slow command would push its events far behind their timestamp. Stamping at the write bounds the
 * lag by the insert itself (plus clock skew between instances), which the look-back window covers. The timestamp is
 * also what the domain calls "recorded at"; when a fact happened is in the event's payload.</p>
 */
public class RecordedAtStampingEventStorageEngine extends MongoEventStorageEngine {

    private final Clock clock;

    public RecordedAtStampingEventStorageEngine(Builder builder, Clock clock) {
        super(builder);
        this.clock = clock;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        super.appendEvents(events.stream().map(this::stampedNow).toList(), serializer);
    }

    private EventMessage<?> stampedNow(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return new GenericDomainEventMessage<>(domainEvent.getType(), domainEvent.getAggregateIdentifier(),
                    domainEvent.getSequenceNumber(), domainEvent, clock.instant());
        }
        return new GenericEventMessage<>(event, clock::instant);
    }
}
