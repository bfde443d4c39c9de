package nl.schoolboard.sexting.caseservice.privacy;

import nl.schoolboard.sexting.caseservice.incident.event.PersonalDataErased;
import nl.schoolboard.sexting.caseservice.incident.query.CaseViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Carries out a recorded erasure: destroys the keys, then refolds the case's view so that it shows the texts as
 * erased. Runs in a streaming processor with its token in MongoDB, after the erasure is stored: a crash before the
 * keys are gone repeats the work on restart, and destroying keys that are gone already changes nothing.
 */
@Component
@ProcessingGroup("key-shredder")
class KeyShredder {

    private static final Logger log = LoggerFactory.getLogger(KeyShredder.class);

    private final SubjectKeys keys;
    private final CaseViews views;

    KeyShredder(SubjectKeys keys, CaseViews views) {
        this.keys = keys;
        this.views = views;
    }

    @EventHandler
    void on(PersonalDataErased erased) {
        String caseId = erased.caseId().value();
        List<String> destroyed = erased.subject() == null
                ? keys.destroyCase(caseId)
                : keys.destroyPerson(List.of(caseId), erased.subject().value());
        views.refresh(caseId);
        log.info("erased personal data of case {} ({}): {} key(s) destroyed", caseId, erased.reason(), destroyed.size());
    }
}
