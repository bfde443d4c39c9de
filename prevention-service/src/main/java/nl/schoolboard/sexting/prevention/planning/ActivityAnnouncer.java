package nl.schoolboard.sexting.prevention.planning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Publishes the changes of activities whose events the broker has not acknowledged yet, oldest first, and notes each
 * acknowledgement in the store. A change is stored before it is published, so a crash in between loses nothing:
 * the next handling of the same case event, the next transition of the activity, or {@link #announceStale} (run
 * periodically) publishes it. Publishing twice yields the same event id; consumers drop the copy.
 */
public record ActivityAnnouncer(ActivityStore store, PlanningEvents events, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(ActivityAnnouncer.class);

    /** Publishes what is unpublished of the activity as stored now; throws when the broker does not acknowledge. */
    public void announce(ActivityId id, String correlationId) {
        store.find(id).ifPresent(activity -> announce(activity, correlationId));
    }

    private void announce(PreventionActivity activity, String correlationId) {
        for (ActivityChange change : activity.unpublishedChanges()) {
            events.publish(activity, change, correlationId);
            store.markPublished(activity.id(), change.eventId(), clock.instant());
            log.debug("Announced {} of activity {} ({})", change.type(), activity.id(), change.eventId());
        }
    }

    /**
     * Publishes the changes that have waited longer than {@code olderThan} (their first attempt failed or its
     * process died); returns how many activities it announced. Failures are logged and left for the next run.
     */
    public int announceStale(java.time.Duration olderThan, int limit) {
        Instant before = clock.instant().minus(olderThan);
        List<PreventionActivity> stale = store.findWithUnpublishedChanges(before, limit);
        int announced = 0;
        for (PreventionActivity activity : stale) {
            try {
                announce(activity, null);
                announced++;
            } catch (RuntimeException e) {
                log.warn("Could not announce the changes of activity {} yet: {}", activity.id(), e.getMessage());
                break;
            }
        }
        if (announced > 0) {
            log.info("Announced the pending changes of {} activities", announced);
        }
        return announced;
    }
}
