package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.Region;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a school does with its activities: schedule (and reschedule) them on a school day, record that they were
 * held or cancelled, add its own. Every change is stored with the activity's history, with who made it, and then
 * published; when the broker is away the change stands and is published later
 * ({@link ActivityAnnouncer#announceStale}). Whether the caller may make the change is decided before this, at the
 * service's edge.
 */
public record ActivityLifecycle(ActivityStore store, SchoolDirectory schools, SchoolCalendar calendar,
                                ActivityAnnouncer announcer, Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(ActivityLifecycle.class);
    private static final int ATTEMPTS = 3;

    /** A new activity the school adds itself, due on a school day. */
    public record NewActivity(String schoolId, String boardId, ActivityKind kind, String title,
                              List<String> yearGroups, LocalDate dueBy) {
    }

    public PreventionActivity schedule(ActivityId id, Schedule schedule, ChangedBy by, String correlationId) {
        return change(id, correlationId, activity -> {
            requireSchoolDay("date", activity.schoolId(), schedule.date());
            return activity.schedule(schedule, now(), by);
        });
    }

    public PreventionActivity complete(ActivityId id, int attendance, ChangedBy by, String correlationId) {
        return change(id, correlationId, activity -> activity.complete(attendance, now(), by));
    }

    public PreventionActivity cancel(ActivityId id, String reason, ChangedBy by, String correlationId) {
        return cancel(id, CancellationReason.OTHER, reason, by, correlationId);
    }

    /** Calls it off: the code is published, the school's words stay here. */
    public PreventionActivity cancel(ActivityId id, CancellationReason code, String reason, ChangedBy by,
                                     String correlationId) {
        return change(id, correlationId, activity -> activity.cancel(code, reason, now(), by));
    }

    public PreventionActivity add(NewActivity request, ChangedBy by, String correlationId) {
        requireSchoolDay("dueBy", request.schoolId(), request.dueBy());
        PreventionActivity activity = PreventionActivity.planned(ActivityId.of(UUID.randomUUID().toString()),
                request.kind(), request.boardId(), request.schoolId(), request.title(), request.yearGroups(),
                request.dueBy(), null, null, PlanningReason.ADDED_BY_SCHOOL, null, now(), by);
        if (!store.insert(activity)) {
            throw new IllegalStateException("a random activity id was taken: " + activity.id());
        }
        log.info("School {} added {} {} due by {}", request.schoolId(), activity.kind(), activity.id(),
                activity.dueBy());
        announceQuietly(activity.id(), correlationId);
        return activity;
    }

    /** Refuses a date on which the school's region has no school, naming the request field. */
    public void requireSchoolDay(String field, String schoolId, LocalDate date) {
        Region region = schools.find(schoolId).map(School::region).orElse(Region.ASSUMED);
        calendar.whyNoSchool(region, date).ifPresent(why -> {
            throw new NotASchoolDay(field, date, why);
        });
    }

    private PreventionActivity change(ActivityId id, String correlationId,
                                      Function<PreventionActivity, PreventionActivity> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PreventionActivity current = store.find(id).orElseThrow(() -> new UnknownActivity(id));
            PreventionActivity next = change.apply(current);
            if (store.update(next)) {
                log.info("Activity {} of school {}: {} → {}", id, next.schoolId(), next.lastChange().type(),
                        next.status());
                announceQuietly(id, correlationId);
                return next;
            }
        }
        throw new ConcurrentChange(id);
    }

    private void announceQuietly(ActivityId id, String correlationId) {
        try {
            announcer.announce(id, correlationId);
        } catch (RuntimeException e) {
            log.warn("Activity {} changed but its event is not published yet ({}); the periodic sweep will",
                    id, e.getMessage());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
