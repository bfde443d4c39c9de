package nl.schoolboard.sexting.caseservice.incident.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processors of the case views write each batch of events' view changes in one request ({@link ViewBatch}).
 * Their threads, segments and batch sizes are in application.yml ({@code axon.eventhandling.processors}).
 */
@Configuration
class ProjectionProcessors {

    @Bean
    ConfigurerModule viewsWrittenPerBatch() {
        return configurer -> {
            for (String processor : new String[]{CaseProjection.PROCESSING_GROUP, TimelineProjection.PROCESSING_GROUP}) {
                configurer.eventProcessing().registerHandlerInterceptor(processor,
                        configuration -> ViewBatch.writtenAtTheEndOfEachBatch());
            }
        };
    }
}
