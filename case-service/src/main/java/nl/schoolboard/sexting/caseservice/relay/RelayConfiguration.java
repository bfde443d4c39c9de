package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Kafka topics owned by the case service, and the relay's error policy. */
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

    @Bean
    NewTopic caseEventsTopic(@Value("${case.relay.partitions:3}") int partitions,
                             @Value("${case.relay.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.CASE_EVENTS).partitions(partitions).replicas(replicas).build();
    }

    @Bean
    NewTopic caseEventsDeadLetterTopic(@Value("${case.relay.partitions:3}") int partitions,
                                       @Value("${case.relay.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.CASE_EVENTS_DEAD_LETTER).partitions(partitions).replicas(replicas).build();
    }
}
