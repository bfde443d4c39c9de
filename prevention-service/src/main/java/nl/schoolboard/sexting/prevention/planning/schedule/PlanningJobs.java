package nl.schoolboard.sexting.prevention.planning.schedule;

import nl.schoolboard.sexting.prevention.planning.ActivityAnnouncer;
import nl.schoolboard.sexting.prevention.planning.ActivityPlanner;
import nl.schoolboard.sexting.prevention.planning.DueDateRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * The periodic work of planning, each job on one instance at a time (ShedLock; all of it is idempotent as well):
 * <ul>
 *     <li>publishing changes whose first publication failed ({@code prevention.jobs.announce-interval}, changes
 *     older than {@code prevention.jobs.announce-grace});</li>
 *     <li>planning the "whom can you turn to" action of each school year for every known school, daily and at
 *     start-up ({@code prevention.jobs.school-year-cron}, Dutch time).</li>
 * </ul>
 * Switched off with {@code prevention.jobs.enabled=false} (tests call the jobs themselves).
 */
@Component
@ConditionalOnProperty(name = "prevention.jobs.enabled", havingValue = "true", matchIfMissing = true)
class PlanningJobs {

    private static final Logger log = LoggerFactory.getLogger(PlanningJobs.class);
    private static final int BATCH = 200;

    private final ActivityAnnouncer announcer;
    private final ActivityPlanner planner;
    private final Clock clock;
    private final Duration grace;

    PlanningJobs(ActivityAnnouncer announcer, ActivityPlanner planner, Clock clock,
                 @Value("${prevention.jobs.announce-grace:30s}") Duration grace) {
        this.announcer = announcer;
        this.planner = planner;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${prevention.jobs.announce-interval:30s}",
            initialDelayString = "${prevention.jobs.announce-interval:30s}")
    @SchedulerLock(name = "prevention-announce-stale", lockAtMostFor = "PT2M")
    public void announceStaleChanges() {
        announcer.announceStale(grace, BATCH);
    }

    @Scheduled(cron = "${prevention.jobs.school-year-cron:0 15 5 * * *}", zone = DueDateRule.SCHOOL_TIME_ZONE)
    @SchedulerLock(name = "prevention-school-year-starts")
    public void planSchoolYearStarts() {
        int planned = planner.planSchoolYearStarts(DueDateRule.dayOf(clock.instant()));
        log.info("Start-of-school-year actions checked for all known schools ({} in place)", planned);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        try {
            planSchoolYearStarts();
        } catch (RuntimeException e) {
            log.warn("Could not plan start-of-school-year actions at start-up: {}", e.getMessage());
        }
    }
}
