package nl.schoolboard.sexting.caseservice.privacy;

import nl.schoolboard.sexting.caseservice.actor.MetaDataKeys;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.command.ErasePersonalData;
import nl.schoolboard.sexting.caseservice.incident.model.ErasureReason;
import nl.schoolboard.sexting.caseservice.incident.query.CaseView;
import nl.schoolboard.sexting.caseservice.incident.query.CaseViews;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Erases the personal data of closed cases whose retention period has passed. Restart-safe without any state of
 * its own: the candidates come from the case views (closed, not held, not yet erased), the case decides (a legal hold
 * refuses; an erased case does nothing), and the erasure is an event that the key shredder carries out. One instance
 * sweeps at a time (ShedLock), so two instances do not both send each erasure.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final CaseViews views;
    private final CommandGateway commands;
    private final RetentionSettings settings;
    private final Clock clock;

    RetentionJob(CaseViews views, CommandGateway commands, RetentionSettings settings, Clock clock) {
        this.views = views;
        this.commands = commands;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${case.retention.interval:PT1H}", initialDelayString = "${case.retention.interval:PT1H}")
    @SchedulerLock(name = "case-retention")
    public void eraseExpiredCases() {
        Instant now = clock.instant();
        for (CaseView view : views.closedAndNotErased()) {
            if (view.closedAt() == null || view.closedAt().plus(settings.periodFor(view.boardId(), view.outcome())).isAfter(now)) {
                continue;
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                                new ErasePersonalData(new CaseId(view.caseId()), now, null, ErasureReason.RETENTION))
                        .andMetaData(MetaData.with(MetaDataKeys.ACTOR_ID, "retention-job").and(MetaDataKeys.ACTOR_ROLE, "SYSTEM")));
            } catch (RuntimeException e) {
                // under legal hold since the view was read, or a passing failure: the next round looks again
                log.warn("retention could not erase case {}: {}", view.caseId(), e.getMessage());
            }
        }
    }
}
