package nl.schoolboard.sexting.prevention.planning;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityPlannerTest {

    private static final UUID EVENT_ID = UUID.fromString("5b0e8c1e-2f7a-4c53-9d0e-6a1f3c2b9e01");
    private static final ReportedIncident INCIDENT = new ReportedIncident(EVENT_ID, "case-1", "board-1", "school-1",
            Instant.parse("2026-11-20T08:00:00Z"), List.of("2", "3"), "corr-1");

    private final InMemoryStore store = new InMemoryStore();
    private final RecordingEvents events = new RecordingEvents();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-20T08:05:00Z"));
    private final ActivityPlanner planner = new ActivityPlanner(store, events, SchoolDays.mondayToFriday(), clock);

    @Test
    void a_reported_incident_plans_one_media_literacy_lesson_for_its_year_groups_and_announces_it() {
        planner.incidentReported(INCIDENT);

        ActivityId id = ActivityId.of(EVENT_ID + ":MEDIA_LITERACY_LESSON");
        PreventionActivity lesson = store.find(id).orElseThrow();
        assertThat(lesson.kind()).isEqualTo(ActivityKind.MEDIA_LITERACY_LESSON);
        assertThat(lesson.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(lesson.yearGroups()).containsExactly("2", "3");
        assertThat(lesson.dueBy()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(lesson.sourceCaseId()).isEqualTo("case-1");
        assertThat(lesson.sourceEventId()).isEqualTo(EVENT_ID);
        assertThat(lesson.boardId()).isEqualTo("board-1");
        assertThat(lesson.schoolId()).isEqualTo("school-1");
        assertThat(events.published).containsExactly(lesson);
        assertThat(events.correlationIds).containsExactly("corr-1");
        assertThat(store.plannedEventPublished(id)).isTrue();
    }

    @Test
    void the_same_event_again_stores_nothing_and_announces_nothing() {
        planner.incidentReported(INCIDENT);
        planner.incidentReported(INCIDENT);

        assertThat(store.activities).hasSize(1);
        assertThat(events.published).hasSize(1);
    }

    @Test
    void after_a_crash_between_storing_and_publishing_the_redelivery_announces_the_stored_lesson() {
        events.failNext = true;
        assertThatThrownBy(() -> planner.incidentReported(INCIDENT)).isInstanceOf(IllegalStateException.class);
        PreventionActivity stored = store.activities.values().iterator().next();
        assertThat(store.plannedEventPublished(stored.id())).isFalse();

        clock.step();
        planner.incidentReported(INCIDENT);

        assertThat(store.activities).hasSize(1);
        assertThat(events.published).containsExactly(stored);
        assertThat(store.plannedEventPublished(stored.id())).isTrue();
    }

    @Test
    void a_report_without_year_groups_still_plans_the_lesson_for_the_school_to_assign() {
        planner.incidentReported(new ReportedIncident(EVENT_ID, "case-1", "board-1", "school-1",
                Instant.parse("2026-11-20T08:00:00Z"), null, null));

        assertThat(events.published).singleElement()
                .satisfies(lesson -> assertThat(lesson.yearGroups()).isEmpty());
    }

    private static final class InMemoryStore implements ActivityStore {
        final Map<ActivityId, PreventionActivity> activities = new HashMap<>();
        final Map<ActivityId, Instant> publishedAt = new HashMap<>();

        @Override
        public boolean insert(PreventionActivity activity) {
            return activities.putIfAbsent(activity.id(), activity) == null;
        }

        @Override
        public Optional<PreventionActivity> find(ActivityId id) {
            return Optional.ofNullable(activities.get(id));
        }

        @Override
        public List<PreventionActivity> findBySchool(String schoolId) {
            return activities.values().stream().filter(a -> a.schoolId().equals(schoolId)).toList();
        }

        @Override
        public boolean plannedEventPublished(ActivityId id) {
            return publishedAt.containsKey(id);
        }

        @Override
        public void markPlannedEventPublished(ActivityId id, Instant at) {
            publishedAt.putIfAbsent(id, at);
        }
    }

    private static final class RecordingEvents implements PlanningEvents {
        final List<PreventionActivity> published = new ArrayList<>();
        final List<String> correlationIds = new ArrayList<>();
        boolean failNext;

        @Override
        public void activityPlanned(PreventionActivity activity, String correlationId) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("broker away (the process dies here)");
            }
            published.add(activity);
            correlationIds.add(correlationId);
        }
    }

    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void step() {
            now = now.plusSeconds(3600);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
