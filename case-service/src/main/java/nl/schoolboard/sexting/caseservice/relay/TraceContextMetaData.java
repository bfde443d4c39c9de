package nl.schoolboard.sexting.caseservice.relay;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Stores the trace context of the command's request with every event it causes, as W3C {@code traceparent} (and
 * {@code tracestate}, if any) in the event's metadata. The relay publishes an event later, on a thread of its own
 * ({@link KafkaRelay}); it restores the trace from here, so that the Kafka record, the consumers and the mail they
 * send belong to the trace of the report's HTTP request. Nothing is added when no trace is in scope.
 */
record TraceContextMetaData(Tracer tracer, Propagator propagator) implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        TraceContext current = tracer.currentTraceContext().context();
        if (current == null) {
            return Map.of();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(current, carrier, Map::put);
        return carrier;
    }
}
