package nl.schoolboard.sexting.caseservice.relay;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay's error policy. Its topics are declared in application.yml ({@code platform.kafka.topics}). */
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

}
