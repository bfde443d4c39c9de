package nl.schoolboard.sexting.caseservice.relay;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The relay's error policy and the trace context it needs. Its topics are declared in application.yml
 * ({@code platform.kafka.topics}).
 */
@Configuration
class RelayConfiguration {

    /**
     * Axon's default for event handlers is to log a failure and move on, which for a relay means losing the event.
     * Propagating the failure makes the streaming processor stop at the event and retry it with back-off.
     */
    @Bean
    ConfigurerModule relayStopsAtFailures() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                KafkaRelay.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }

    /**
     * The request's trace context onto every event, for the relay to publish the event in that trace. Without
     * tracing (tests that switch it off) there is no propagator, and nothing to store.
     */
    @Bean
    CorrelationDataProvider traceContextMetaData(Tracer tracer, ObjectProvider<Propagator> propagator) {
        Propagator available = propagator.getIfAvailable();
        return available == null ? message -> Map.of() : new TraceContextMetaData(tracer, available);
    }
}
