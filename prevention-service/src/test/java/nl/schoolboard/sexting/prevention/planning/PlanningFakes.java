package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import nl.schoolboard.sexting.testsupport.MovableClock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory stand-ins for the planning ports, with the same contracts as the Mongo adapters. */
final class PlanningFakes {

    /** The school leader who makes the changes in these tests. */
    static final ChangedBy LEADER = new ChangedBy("user-leader", "SCHOOL_LEADER");


    private PlanningFakes() {
    }

    static final class InMemoryActivityStore implements ActivityStore {
        final Map<ActivityId, PreventionActivity> activities = new ConcurrentHashMap<>();

        @Override
        public boolean insert(PreventionActivity activity) {
            return activities.putIfAbsent(activity.id(), activity) == null;
        }

        @Override
        public synchronized boolean update(PreventionActivity updated) {
            PreventionActivity current = activities.get(updated.id());
            if (current == null || current.version() != updated.version() - 1) {
                return false;
            }
            // keep the publication marks of the stored history, append the new entry
            List<ActivityChange> history = new ArrayList<>(current.history());
            history.add(updated.lastChange());
            activities.put(updated.id(), withHistory(updated, history));
            return true;
        }

        @Override
        public Optional<PreventionActivity> find(ActivityId id) {
            return Optional.ofNullable(activities.get(id));
        }

        @Override
        public List<PreventionActivity> findBySchool(String boardId, String schoolId) {
            return activities.values().stream()
                    .filter(a -> a.schoolId().equals(schoolId) && Objects.equals(a.boardId(), boardId))
                    .sorted(Comparator.comparing(PreventionActivity::dueBy).thenComparing(a -> a.id().value()))
                    .toList();
        }

        @Override
        public List<PreventionActivity> findBySchoolAndKind(String boardId, String schoolId, ActivityKind kind) {
            return findBySchool(boardId, schoolId).stream().filter(a -> a.kind() == kind).toList();
        }

        @Override
        public List<PreventionActivity> findBySchoolAndKinds(String boardId, String schoolId, Set<ActivityKind> kinds) {
            return findBySchool(boardId, schoolId).stream().filter(a -> kinds.contains(a.kind())).toList();
        }

        @Override
        public List<PreventionActivity> findByBoard(String boardId) {
            return activities.values().stream().filter(a -> boardId.equals(a.boardId())).toList();
        }

        @Override
        public List<PreventionActivity> findWithUnpublishedChanges(Instant before, int limit) {
            return activities.values().stream()
                    .filter(a -> a.history().stream().anyMatch(c -> !c.published() && c.at().isBefore(before)))
                    .limit(limit).toList();
        }

        @Override
        public synchronized void markPublished(ActivityId id, UUID eventId, Instant at) {
            PreventionActivity current = activities.get(id);
            List<ActivityChange> history = current.history().stream()
                    .map(c -> c.eventId().equals(eventId) && !c.published() ? c.publishedAt(at) : c).toList();
            activities.put(id, withHistory(current, history));
        }

        List<PreventionActivity> ofKind(ActivityKind kind) {
            return activities.values().stream().filter(a -> a.kind() == kind).toList();
        }

        private static PreventionActivity withHistory(PreventionActivity a, List<ActivityChange> history) {
            return new PreventionActivity(a.id(), a.kind(), a.status(), a.boardId(), a.schoolId(), a.title(),
                    a.yearGroups(), a.dueBy(), a.sourceCaseId(), a.sourceEventId(), a.reason(), a.promptedByCaseId(),
                    a.schedule(), a.attendance(), a.cancellationReason(), a.plannedAt(), a.version(), history);
        }
    }

    static final class InMemorySchools implements SchoolDirectory {
        final Map<String, School> schools = new ConcurrentHashMap<>();

        @Override
        public Optional<School> find(String schoolId) {
            return Optional.ofNullable(schools.get(schoolId));
        }

        @Override
        public School ensureKnown(String schoolId, String boardId) {
            schools.computeIfAbsent(schoolId, id -> School.unregistered(id, boardId));
            return find(boardId, schoolId).orElseThrow(() -> new SchoolOfAnotherBoard(schoolId));
        }

        @Override
        public School register(School school) {
            School held = schools.compute(school.schoolId(), (id, known) -> known == null
                    || known.boardId() == null || known.boardId().equals(school.boardId()) ? school : known);
            if (held != school) {
                throw new SchoolOfAnotherBoard(school.schoolId());
            }
            return school;
        }

        @Override
        public List<School> findByBoard(String boardId) {
            return schools.values().stream().filter(s -> boardId.equals(s.boardId())).toList();
        }

        @Override
        public List<School> all() {
            return List.copyOf(schools.values());
        }
    }

    static final class InMemorySettings implements BoardSettingsStore {
        final Map<String, BoardSettings> settings = new ConcurrentHashMap<>();

        @Override
        public Optional<BoardSettings> find(String boardId) {
            return Optional.ofNullable(settings.get(boardId));
        }

        @Override
        public void save(String boardId, BoardSettings boardSettings) {
            settings.put(boardId, boardSettings);
        }
    }

    static final class InMemoryLedger implements IncidentLedger {
        final Map<UUID, IncidentRecord> incidents = new ConcurrentHashMap<>();
        final Map<UUID, List<PlannedEffect>> decisions = new ConcurrentHashMap<>();

        @Override
        public boolean record(IncidentRecord incident) {
            return incidents.putIfAbsent(incident.eventId(), incident) == null;
        }

        @Override
        public long countInSchoolYear(String boardId, String schoolId, SchoolYear year) {
            return incidents.values().stream().filter(i -> i.schoolId().equals(schoolId)
                    && Objects.equals(i.boardId(), boardId) && i.schoolYear().equals(year)).count();
        }

        @Override
        public long countByBoard(String boardId, SchoolYear year) {
            return incidents.values().stream()
                    .filter(i -> boardId.equals(i.boardId()) && i.schoolYear().equals(year)).count();
        }

        @Override
        public Optional<List<PlannedEffect>> decision(UUID eventId) {
            return Optional.ofNullable(decisions.get(eventId));
        }

        @Override
        public List<PlannedEffect> decide(UUID eventId, List<PlannedEffect> effects) {
            return decisions.computeIfAbsent(eventId, id -> List.copyOf(effects));
        }
    }

    /** Records what was published; can be told to fail the next publication, as a broker that is away. */
    static final class RecordingEvents implements PlanningEvents {
        final List<ActivityChange> published = Collections.synchronizedList(new ArrayList<>());
        final List<String> correlationIds = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failNext;
        volatile boolean brokerAway;

        @Override
        public void publish(PreventionActivity activity, ActivityChange change, String correlationId) {
            if (brokerAway) {
                throw new IllegalStateException("broker away");
            }
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("broker away (the process dies here)");
            }
            published.add(change);
            correlationIds.add(correlationId);
        }

        List<ChangeType> types() {
            return published.stream().map(ActivityChange::type).toList();
        }
    }

    /** The planning service wired on the fakes. */
    static final class Planning {
        final InMemoryActivityStore store = new InMemoryActivityStore();
        final InMemorySchools schools = new InMemorySchools();
        final InMemorySettings settings = new InMemorySettings();
        final InMemoryLedger ledger = new InMemoryLedger();
        final RecordingEvents events = new RecordingEvents();
        final SchoolCalendar calendar = SchoolCalendar.official();
        final MovableClock clock;
        final ActivityAnnouncer announcer;
        final ActivityPlanner planner;
        final ActivityLifecycle lifecycle;
        final PlanQueries queries;

        Planning(Instant now) {
            clock = new MovableClock(now);
            announcer = new ActivityAnnouncer(store, events, clock);
            planner = new ActivityPlanner(store, announcer, schools, settings, ledger, calendar, clock);
            lifecycle = new ActivityLifecycle(store, schools, calendar, announcer, clock);
            queries = new PlanQueries(store, schools, settings, ledger, calendar, clock);
        }
    }
}
