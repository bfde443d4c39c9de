package nl.schoolboard.sexting.prevention.planning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Plans the preventive activities that follow a reported incident: at this stage one media-literacy lesson for the
 * affected year groups, due three school weeks after the report ({@link DueDateRule}).
 * <p>
 * Delivery is at least once, so this is idempotent on the case event's id. The activity's id is derived from the
 * event id and the kind ({@link ActivityId#plannedFor}); the store's unique id refuses a second copy, and the
 * published event's id is derived from the activity's id. The steps are: insert the activity, publish
 * {@code PreventionActivityPlanned}, then note in the store that the broker acknowledged it.
 * <ul>
 *     <li><b>Duplicate</b> (the same event delivered again after it was fully handled): the insert finds the id
 *     taken and the store says the event went out, so nothing happens apart from a debug line.</li>
 *     <li><b>Retry</b> (an attempt failed, e.g. the store or the broker was away, and the consumer's error handler
 *     delivers the record again): whatever the failed attempt completed is found again by id, the rest is done
 *     now. No step is done twice in the store; publishing may be repeated.</li>
 *     <li><b>Crash between storing and publishing</b> (or between publishing and noting it): the offset of the
 *     case event was not committed, so it is delivered again after the restart; the insert finds the activity,
 *     the store says its event has not been acknowledged, and the stored activity is published again, unchanged,
 *     with the same event id. Consumers of {@code prevention-events} drop the copy by event id. Nothing is lost;
 *     at worst a consumer sees an event twice.</li>
 * </ul>
 * A duplicate key is therefore "already done" only once the publication is acknowledged too; that flag is what
 * keeps a crash from silently swallowing the event.
 */
public class ActivityPlanner {

    private static final Logger log = LoggerFactory.getLogger(ActivityPlanner.class);

    private final ActivityStore store;
    private final PlanningEvents events;
    private final SchoolDays schoolDays;
    private final Clock clock;

    public ActivityPlanner(ActivityStore store, PlanningEvents events, SchoolDays schoolDays, Clock clock) {
        this.store = store;
        this.events = events;
        this.schoolDays = schoolDays;
        this.clock = clock;
    }

    public void incidentReported(ReportedIncident incident) {
        // milliseconds, as stored: an activity announced again after a crash then carries the very same timestamp
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        PreventionActivity planned = PreventionActivity.mediaLiteracyLessonAfter(incident, schoolDays, now);
        ActivityId id = planned.id();
        PreventionActivity toAnnounce;
        if (store.insert(planned)) {
            log.info("Planned {} {} for school {} year groups {}, due by {} (case {})", planned.kind(), id,
                    planned.schoolId(), planned.yearGroups(), planned.dueBy(), planned.sourceCaseId());
            toAnnounce = planned;
        } else if (store.plannedEventPublished(id)) {
            log.debug("Event {} was handled before: activity {} is planned and announced", incident.eventId(), id);
            return;
        } else {
            toAnnounce = store.find(id).orElseThrow(() -> new IllegalStateException(
                    "activity " + id + " was refused as a duplicate but cannot be found"));
            log.info("Activity {} was planned before but its announcement was not acknowledged; announcing it again",
                    id);
        }
        events.activityPlanned(toAnnounce, incident.correlationId());
        store.markPlannedEventPublished(id, clock.instant());
    }
}
