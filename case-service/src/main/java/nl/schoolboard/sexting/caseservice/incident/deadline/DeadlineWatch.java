package nl.schoolboard.sexting.caseservice.incident.deadline;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.command.MarkStepOverdue;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Looks for steps past their due time and asks each case to mark them overdue. Nothing is held in memory: the due
 * steps are in MongoDB and the case itself decides, from its events, whether the step is still open and not yet
 * reported overdue. So each overdue step raises exactly one event, however often the watch runs, on however many
 * instances, before or after a restart. The lock only saves the second instance the same round's work.
 */
@Component
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final Clock clock;

    DeadlineWatch(MongoTemplate mongo, CommandGateway commands, Clock clock) {
        this.mongo = mongo;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${case.deadlines.watch-interval:PT1M}", initialDelayString = "${case.deadlines.watch-interval:PT1M}")
    @SchedulerLock(name = "case-deadline-watch", lockAtMostFor = "PT5M")
    public void markOverdueSteps() {
        List<DueStep> due = mongo.find(Query.query(Criteria.where("settled").is(false).and("dueAt").lte(clock.instant())), DueStep.class);
        for (DueStep step : due) {
            try {
                commands.sendAndWait(new MarkStepOverdue(new CaseId(step.caseId()), ProtocolStep.valueOf(step.step())));
            } catch (RuntimeException e) {
                // the next round tries again; one case's trouble must not stop the others' deadlines
                log.warn("could not mark {} of case {} overdue: {}", step.step(), step.caseId(), e.toString());
            }
        }
    }
}
