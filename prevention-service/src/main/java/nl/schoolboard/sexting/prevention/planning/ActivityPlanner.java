package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.SchoolDays;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the preventive activities that follow a reported incident, and those of every school year:
 * <ul>
 *     <li>{@link LessonRule}: a media-literacy lesson for the affected year groups;</li>
 *     <li>{@link ParentEveningRule}: a parent evening in the term, or soon when urgent, one per window;</li>
 *     <li>{@link PolicyReviewRule}: a policy review when none was held recently;</li>
 *     <li>{@link AwarenessActionRule}: a "whom can you turn to" action at the start of each school year;</li>
 * </ul>
 * all on school days of the school's region ({@link SchoolCalendar}), with the board's {@link BoardSettings}.
 * <p>
 * Delivery is at least once, so handling is idempotent on the case event's id:
 * <ol>
 *     <li>the incident is recorded in the {@link IncidentLedger} (once per event id), which counts incidents per
 *     school year;</li>
 *     <li>what the incident leads to is decided once, from the state at that moment, and stored with it; a
 *     redelivery applies the stored decision instead of deciding again from a state it changed itself;</li>
 *     <li>each effect is applied idempotently: the activity's id is deterministic, so the store's unique id refuses
 *     a second copy; an activity that already exists is at most brought forward;</li>
 *     <li>every stored change not yet acknowledged by the broker is published ({@link ActivityAnnouncer}).</li>
 * </ol>
 * A crash between any two steps is repaired by the redelivery of the record, whose offset was not committed.
 * Two incidents of one school handled at the same time decide on the same evening id (the term's) and the store
 * keeps one; its due date ends up the earlier of the two.
 */
public record ActivityPlanner(ActivityStore store, ActivityAnnouncer announcer, SchoolDirectory schools,
                              BoardSettingsStore settings, IncidentLedger ledger, SchoolCalendar calendar,
                              Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(ActivityPlanner.class);
    private static final int ATTEMPTS = 5;

    /**
     * @throws SchoolOfAnotherBoard when another board holds the school id: nothing is planned (planning it under
     *                              the holder would show one board's incident to another), and the record goes to
     *                              the dead-letter topic for someone to settle whose school it is
     */
    public void incidentReported(ReportedIncident incident) {
        School school = schools.ensureKnown(incident.schoolId(), incident.boardId());
        if (school.regionAssumed()) {
            log.info("School {} has no registered region; planning with region {}", school.schoolId(), school.region());
        }
        BoardSettings boardSettings = settings.effective(incident.boardId());
        LocalDate day = DueDateRule.dayOf(incident.occurredAt());
        SchoolYear year = SchoolYear.of(day);
        ledger.record(new IncidentRecord(incident.eventId(), incident.caseId(), incident.boardId(),
                incident.schoolId(), day, year, incident.minorNudeInvolved()));
        List<PlannedEffect> effects = ledger.decision(incident.eventId())
                .orElseGet(() -> ledger.decide(incident.eventId(), decide(incident, school, boardSettings, day, year)));

        // milliseconds, as stored: an activity announced again after a crash carries the very same timestamps
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Set<ActivityId> touched = new LinkedHashSet<>();
        for (PlannedEffect effect : effects) {
            apply(effect, incident, now);
            touched.add(effect.activityId());
        }
        for (PlannedEffect action : AwarenessActionRule.due(school.schoolId(), day, school.region(), calendar,
                boardSettings)) {
            ensure(action, incident.boardId(), school, now);
            touched.add(action.activityId());
        }
        for (ActivityId id : touched) {
            announcer.announce(id, incident.correlationId());
        }
    }

    /**
     * Plans the "whom can you turn to" actions a school should have on {@code today}; returns their ids. When the
     * broker is away the actions stand and are announced by the periodic sweep.
     */
    public List<ActivityId> planSchoolYearStart(School school, LocalDate today, String correlationId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<ActivityId> ids = new ArrayList<>();
        for (PlannedEffect action : AwarenessActionRule.due(school.schoolId(), today, school.region(), calendar,
                settings.effective(school.boardId()))) {
            ensure(action, school.boardId(), school, now);
            ids.add(action.activityId());
        }
        for (ActivityId id : ids) {
            try {
                announcer.announce(id, correlationId);
            } catch (RuntimeException e) {
                log.warn("Activity {} is planned but not announced yet ({}); the periodic sweep will", id,
                        e.getMessage());
            }
        }
        return ids;
    }

    /** {@link #planSchoolYearStart} for every known school; a school that fails is logged and skipped. */
    public int planSchoolYearStarts(LocalDate today) {
        int planned = 0;
        for (School school : schools.all()) {
            try {
                planned += planSchoolYearStart(school, today, null).size();
            } catch (RuntimeException e) {
                log.warn("Could not plan the start-of-year action of school {}: {}", school.schoolId(), e.getMessage());
            }
        }
        return planned;
    }

    private List<PlannedEffect> decide(ReportedIncident incident, School school, BoardSettings boardSettings,
                                       LocalDate day, SchoolYear year) {
        SchoolDays schoolDays = calendar.schoolDays(school.region());
        List<PlannedEffect> effects = new ArrayList<>();
        effects.add(LessonRule.lessonFor(incident, boardSettings, schoolDays));
        // the school's evenings and reviews in one read, each rule looks at its own kind: a store without secondary
        // indexes (the local stack's) scans every activity of every school for each such read
        List<PreventionActivity> eveningsAndReviews = store.findBySchoolAndKinds(incident.boardId(), school.schoolId(),
                EnumSet.of(ActivityKind.PARENT_EVENING, ActivityKind.POLICY_REVIEW));
        ParentEveningRule.decide(school.schoolId(), day, incident.minorNudeInvolved(),
                        ledger.countInSchoolYear(incident.boardId(), school.schoolId(), year), boardSettings, calendar,
                        school.region(), eveningsAndReviews)
                .ifPresent(effects::add);
        PolicyReviewRule.decide(school, day, boardSettings, schoolDays, eveningsAndReviews).ifPresent(effects::add);
        log.info("Incident {} (case {}) at school {} leads to {}", incident.eventId(), incident.caseId(),
                school.schoolId(), effects.stream().map(e -> e.kind() + " due " + e.dueBy()).toList());
        return effects;
    }

    private void apply(PlannedEffect effect, ReportedIncident incident, Instant now) {
        PreventionActivity fresh = effect.kind() == ActivityKind.MEDIA_LITERACY_LESSON
                ? PreventionActivity.mediaLiteracyLessonAfter(incident, effect.dueBy(), now)
                : PreventionActivity.planned(effect.activityId(), effect.kind(), incident.boardId(),
                incident.schoolId(), null, List.of(), effect.dueBy(), null, incident.eventId(), effect.reason(),
                incident.caseId(), now);
        if (store.insert(fresh)) {
            log.info("Planned {} {} for school {}, due by {} ({})", fresh.kind(), fresh.id(), fresh.schoolId(),
                    fresh.dueBy(), fresh.reason());
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PreventionActivity existing = store.find(effect.activityId()).orElseThrow(() -> new IllegalStateException(
                    "activity " + effect.activityId() + " was refused as a duplicate but cannot be found"));
            var sooner = existing.dueNoLaterThan(effect.dueBy(), now);
            if (sooner.isEmpty()) {
                log.debug("Activity {} is already there as needed ({}, due {})", existing.id(), existing.status(),
                        existing.dueBy());
                return;
            }
            if (store.update(sooner.get())) {
                log.info("Brought {} {} forward from {} to {} ({})", existing.kind(), existing.id(), existing.dueBy(),
                        effect.dueBy(), effect.reason());
                return;
            }
        }
        throw new ConcurrentChange(effect.activityId());
    }

    private void ensure(PlannedEffect action, String boardId, School school, Instant now) {
        PreventionActivity fresh = PreventionActivity.planned(action.activityId(), action.kind(), boardId,
                school.schoolId(), null, List.of(), action.dueBy(), null, null, action.reason(), null, now);
        if (store.insert(fresh)) {
            log.info("Planned {} {} for school {}, due by {}", fresh.kind(), fresh.id(), fresh.schoolId(),
                    fresh.dueBy());
        }
    }
}
