package nl.schoolboard.sexting.caseservice.actor;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Copies who-did-it metadata from each command onto every event it causes, so that the audit trail has it. */
@Configuration
class MetaDataPropagation {

    @Bean
    CorrelationDataProvider actorAndRequestMetaData() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.COPIED_TO_EVENTS.toArray(String[]::new));
    }

    /** Axon's own trace and correlation ids, kept beside ours (Axon drops its default once any provider is defined). */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
