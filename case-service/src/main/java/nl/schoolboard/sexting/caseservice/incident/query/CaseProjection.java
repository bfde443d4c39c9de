package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.command.IncidentReported;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the {@code cases} collection up to date from the event store. Writes are keyed by case id and version, so
 * handling an event twice (a replay, a retry after a crash) leaves the same document.
 */
@Component
@ProcessingGroup("case-projection")
class CaseProjection {

    private final MongoTemplate mongo;

    CaseProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(IncidentReported event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        mongo.save(new CaseView(
                event.caseId().value(),
                event.boardId().value(),
                event.schoolId().value(),
                "OPEN",
                event.cameToLightAt(),
                event.cameToLightHow().name(),
                event.materialKind().name(),
                event.platforms().stream().map(Enum::name).sorted().toList(),
                event.minorNudeInvolved(),
                event.involvedPupils().stream()
                        .map(p -> new CaseView.Person(p.pupil().value(), p.role().name()))
                        .toList(),
                event.yearGroups(),
                recordedAt,
                event.reportedBy().userId(),
                version));
    }

    @EventHandler
    void on(nl.schoolboard.sexting.caseservice.incident.command.DeadlinesSet event, @SequenceNumber long version) {
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(event.caseId().value())),
                org.springframework.data.mongodb.core.query.Update.update("version", version), CaseView.class);
    }

    @ResetHandler
    void dropAllViews() {
        mongo.dropCollection(CaseView.class);
    }
}
