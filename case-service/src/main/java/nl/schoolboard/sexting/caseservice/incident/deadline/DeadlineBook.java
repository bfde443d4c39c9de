package nl.schoolboard.sexting.caseservice.incident.deadline;

import nl.schoolboard.sexting.caseservice.incident.event.CaseClosed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.protocol.CaseFile;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.StepBecameOverdue;
import nl.schoolboard.sexting.caseservice.incident.event.StepSkipped;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the book of due steps that the {@link DeadlineWatch} reads: written from the event store by a streaming
 * processor with its token in MongoDB, so it survives restarts and can be rebuilt. Writes are idempotent.
 */
@Component
@ProcessingGroup("deadline-book")
class DeadlineBook {

    private final MongoTemplate mongo;

    DeadlineBook(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Created at start, as every index of this service: the watch asks every minute for the unsettled steps that
     * are due, and a case's closing settles all of its steps at once.
     */
    @PostConstruct
    void ensureIndexes() {
        mongo.indexOps(DueStep.class).ensureIndex(new Index().on("settled", Sort.Direction.ASC)
                .on("dueAt", Sort.Direction.ASC).named("unsettled_by_due"));
        mongo.indexOps(DueStep.class).ensureIndex(new Index().on("caseId", Sort.Direction.ASC).named("by_case"));
    }

    @EventHandler
    void on(DeadlinesSet event, @SequenceNumber long version) {
        event.dueAt().forEach((step, due) -> mongo.save(new DueStep(DueStep.id(event.caseId().value(), step.name()),
                event.caseId().value(), step.name(), due, false, version)));
    }

    @EventHandler
    void on(CaseFact fact) {
        String caseId = fact.caseId().value();
        if (fact instanceof StepSkipped skipped) {
            settle(Criteria.where("_id").is(DueStep.id(caseId, skipped.step().name())));
        } else if (fact instanceof StepBecameOverdue overdue) {
            settle(Criteria.where("_id").is(DueStep.id(caseId, overdue.step().name())));
        } else if (fact instanceof CaseClosed) {
            settle(Criteria.where("caseId").is(caseId));
        } else {
            CaseFile.stepTakenBy(fact).ifPresent(step -> settle(Criteria.where("_id").is(DueStep.id(caseId, step.name()))));
        }
    }

    @ResetHandler
    void forgetAll() {
        mongo.dropCollection(DueStep.class);
        ensureIndexes();
    }

    private void settle(Criteria which) {
        mongo.updateMulti(Query.query(which), Update.update("settled", true), DueStep.class);
    }

}
