package nl.schoolboard.sexting.caseservice.privacy;

import nl.schoolboard.sexting.caseservice.incident.event.PersonalDataErased;
import nl.schoolboard.sexting.caseservice.incident.query.CaseViews;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Carries out a recorded erasure: lists the keys in the shredding ledger, destroys them, then refolds the case's view
 * so that it shows the texts as erased. Runs in a tracking processor with its token in MongoDB, after the erasure is
 * stored. A failure is not skipped: it stops the processor at that erasure, which Axon retries with a growing pause
 * (up to a minute) until the keys are gone, while {@link ErasuresPending} raises the alarm. Every step is idempotent,
 * so a retry, or a crash in between, repeats it harmlessly.
 */
@Component
@ProcessingGroup(KeyShredder.PROCESSING_GROUP)
record KeyShredder(SubjectKeys keys, CaseViews views, ErasuresPending pending) {

    static final String PROCESSING_GROUP = "key-shredder";
    private static final Logger log = LoggerFactory.getLogger(KeyShredder.class);

    @EventHandler
    void on(PersonalDataErased erased) {
        String caseId = erased.caseId().value();
        List<String> destroyed;
        try {
            destroyed = erased.subject() == null
                    ? keys.destroyCase(caseId)
                    : keys.destroyPerson(List.of(caseId), erased.subject().value());
        } catch (RuntimeException e) {
            pending.failed(caseId);
            // the case only, never the person or the exception's text: this line may be read by anyone with the logs
            log.error("ERASURE PENDING in case {}: its keys could not be destroyed ({}); retried until they are",
                    caseId, e.getClass().getSimpleName());
            throw e;
        }
        pending.carriedOut(caseId);
        views.refresh(caseId);
        log.info("erased personal data of case {} ({}): {} key(s) destroyed", caseId, erased.reason(), destroyed.size());
    }

    @Configuration
    static class StopsAtFailures {

        /** Axon's default logs a handler's failure and moves on; an erasure must not be passed over. */
        @Bean
        ConfigurerModule keyShredderStopsAtFailures() {
            return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                    PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
        }
    }
}
