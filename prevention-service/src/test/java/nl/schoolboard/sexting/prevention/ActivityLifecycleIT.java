package nl.schoolboard.sexting.prevention;

import nl.schoolboard.sexting.contracts.RecordHeaders;
import java.nio.charset.StandardCharsets;
import nl.schoolboard.sexting.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.Actor;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.prevention.support.Caller;
import org.junit.jupiter.api.BeforeEach;
import nl.schoolboard.sexting.prevention.planning.ActivityAnnouncer;
import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityKind;
import nl.schoolboard.sexting.prevention.planning.ActivityStore;
import nl.schoolboard.sexting.prevention.planning.PlanningReason;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A school's work on its activities over HTTP, each step stored with its history and published on Kafka with who
 * took it.
 */
class ActivityLifecycleIT extends InProcessStack {

    private static final String BOARD = "board-life";

    @Autowired
    ActivityStore store;

    @Autowired
    ActivityAnnouncer announcer;

    private String school;
    private String activityId;
    private Caller leader;

    @BeforeEach
    void aSchoolInTheSouthWithAnActivityOfItsOwn() {
        school = "school-" + UUID.randomUUID();
        leader = leaderOf(BOARD, school);
        assertThat(adminOf(BOARD).put("/api/prevention/schools/{id}", """
                {"boardId":"board-life","name":"De Wissel","region":"zuid"}""", school).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> created = leader.post("/api/prevention/schools/{id}/activities", """
                {"title":"Gastles Bureau Halt","yearGroups":["4"],"dueBy":"2027-01-20"}""", school);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        activityId = created.getBody().path("id").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/prevention/activities/" + activityId);
        assertThat(created.getBody().path("status").asText()).isEqualTo("PLANNED");
        assertThat(created.getBody().path("reason").asText()).isEqualTo("ADDED_BY_SCHOOL");
        assertThat(created.getBody().path("kind").asText()).isEqualTo("OTHER");
    }

    @Test
    void scheduling_rescheduling_and_completing_keep_the_history_and_each_step_is_an_event_on_kafka() {
        ResponseEntity<JsonNode> scheduled = leader.post("/api/prevention/activities/{id}/schedule", """
                {"date":"2027-01-12","startTime":"10:00","location":"lokaal 12","ledBy":"mentor 4A"}""", activityId);
        assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scheduled.getBody().path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.getBody().path("endTime").asText()).as("90 minutes by default").isEqualTo("11:30:00");

        Caller coordinator = staff("CARE_COORDINATOR", BOARD, school);
        ResponseEntity<JsonNode> moved = coordinator.post("/api/prevention/activities/{id}/schedule", """
                {"date":"2027-01-14","startTime":"13:00","endTime":"14:00","location":"aula","ledBy":"mentor 4A"}""",
                activityId);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody().path("history").findValuesAsText("type"))
                .containsExactly("PLANNED", "SCHEDULED", "RESCHEDULED");
        assertThat(moved.getBody().path("history").get(1).path("date").asText()).isEqualTo("2027-01-12");

        Caller counsellor = staff("CONFIDENTIAL_COUNSELLOR", BOARD, school);
        ResponseEntity<JsonNode> done = counsellor.post("/api/prevention/activities/{id}/complete", """
                {"attendance":27}""", activityId);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(done.getBody().path("status").asText()).isEqualTo("DONE");
        assertThat(leader.get("/api/prevention/activities/{id}", activityId).getBody()).isEqualTo(done.getBody());

        List<PreventionEvent> events = await().atMost(WAIT).until(
                () -> eventsOf(school).stream().filter(e -> e.activityId().equals(activityId)).toList(),
                list -> list.size() == 4);
        assertThat(events).extracting(PreventionEvent::type).containsExactly("PreventionActivityPlanned",
                "PreventionActivityScheduled", "PreventionActivityRescheduled", "PreventionActivityCompleted");
        assertThat(events.get(2).previousDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(events.get(2).date()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(events.get(2).startTime()).isEqualTo(LocalTime.of(13, 0));
        assertThat(moved.getBody().path("location").asText()).as("where it is stays in this service").isEqualTo("aula");
        assertThat(events.get(3).attendance()).isEqualTo(27);
        assertThat(events.get(3).status()).isEqualTo("DONE");
        assertThat(events).extracting(PreventionEvent::kind).as("the school's own title stays here; its kind goes out")
                .containsOnly("OTHER");
        assertThat(events).extracting(PreventionEvent::eventId).doesNotHaveDuplicates();
        assertThat(events).as("who took each step, for the audit trail").extracting(PreventionEvent::actor)
                .containsExactly(new Actor("school_leader@" + school, "SCHOOL_LEADER"),
                        new Actor("school_leader@" + school, "SCHOOL_LEADER"),
                        new Actor("care_coordinator@" + school, "CARE_COORDINATOR"),
                        new Actor("confidential_counsellor@" + school, "CONFIDENTIAL_COUNSELLOR"));
        assertThat(eventsOf(school)).filteredOn(e -> !e.activityId().equals(activityId))
                .as("the start-of-year action the service planned by itself").isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(new Actor("prevention-service", "SYSTEM")));
    }

    @Test
    void what_staff_type_stays_here_and_only_codes_reach_the_topic() {
        String marker = "MARKER-" + UUID.randomUUID();
        String own = leader.post("/api/prevention/schools/{id}/activities", """
                {"title":"%s titel","dueBy":"2027-01-20"}""".formatted(marker), school).getBody().path("id").asText();
        assertThat(leader.post("/api/prevention/activities/{id}/schedule", """
                {"date":"2027-01-12","startTime":"10:00","location":"%1$s plaats","ledBy":"%1$s leiding"}"""
                .formatted(marker), own).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> cancelled = leader.post("/api/prevention/activities/{id}/cancel", """
                {"reasonCode":"ILLNESS","reason":"%s reden"}""".formatted(marker), own);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody().toString()).as("kept in prevention-service, shown to its staff")
                .contains(marker + " titel", marker + " plaats", marker + " leiding", marker + " reden");

        List<ConsumerRecord<String, byte[]>> records = await().atMost(WAIT).until(
                () -> readAll(Topics.PREVENTION_EVENTS).stream()
                        .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(own)).toList(),
                found -> found.size() == 3);

        assertThat(records).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                .doesNotContain(marker));
        assertThat(records).allSatisfy(r -> assertThat(new String(
                r.headers().lastHeader(RecordHeaders.SCHEMA_VERSION).value(), StandardCharsets.UTF_8)).isEqualTo("2"));
        PreventionEvent last = read(records.get(2).value());
        assertThat(last.type()).isEqualTo(PreventionEvent.ACTIVITY_CANCELLED);
        assertThat(last.cancellationReasonCode()).isEqualTo("ILLNESS");
        assertThat(last.schemaVersion()).isEqualTo(2);
    }

    @Test
    void a_day_the_school_is_closed_is_refused_with_a_400_problem_naming_the_field() {
        ResponseEntity<JsonNode> saturday = leader.post("/api/prevention/activities/{id}/schedule", """
                {"date":"2027-01-16","startTime":"10:00","location":"aula","ledBy":"mentor"}""", activityId);
        assertThat(saturday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(saturday.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(saturday.getBody().path("type").asText()).isEqualTo("https://sexting-protocol.example/problems/not-a-school-day");
        assertThat(fieldsOf(saturday)).containsExactly("date");
        assertThat(saturday.getBody().path("detail").asText()).contains("weekend");

        ResponseEntity<JsonNode> holiday = leader.post("/api/prevention/activities/{id}/schedule", """
                {"date":"2027-02-08","startTime":"10:00","location":"aula","ledBy":"mentor"}""", activityId);
        assertThat(holiday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(holiday.getBody().path("detail").asText()).contains("voorjaarsvakantie regio zuid");

        ResponseEntity<JsonNode> christmasEve = leader.post("/api/prevention/schools/{id}/activities", """
                {"title":"Kerstactie","dueBy":"2026-12-24"}""", school);
        assertThat(christmasEve.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(christmasEve)).containsExactly("dueBy");

        assertThat(leader.get("/api/prevention/activities/{id}", activityId).getBody().path("status").asText())
                .isEqualTo("PLANNED");
    }

    @Test
    void a_transition_the_status_does_not_allow_is_a_409_problem_and_an_unknown_activity_a_404() {
        ResponseEntity<JsonNode> early = leader.post("/api/prevention/activities/{id}/complete", """
                {"attendance":3}""", activityId);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().path("detail").asText()).contains("Plan haar eerst in");

        assertThat(leader.post("/api/prevention/activities/{id}/cancel", """
                {"reason":"spreker ziek"}""", activityId).getBody().path("status").asText()).isEqualTo("CANCELLED");
        ResponseEntity<JsonNode> afterCancel = leader.post("/api/prevention/activities/{id}/complete", """
                {"attendance":3}""", activityId);
        assertThat(afterCancel.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(afterCancel.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(afterCancel.getBody().path("type").asText())
                .isEqualTo("https://sexting-protocol.example/problems/prevention-activity-transition-not-allowed");
        assertThat(afterCancel.getBody().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(leader.post("/api/prevention/activities/{id}/schedule", """
                {"date":"2027-01-12","startTime":"10:00","location":"aula","ledBy":"mentor"}""", activityId)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<JsonNode> unknown = leader.post("/api/prevention/activities/{id}/cancel", """
                {"reason":"x"}""", "no-such-activity");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().path("type").asText())
                .isEqualTo("https://sexting-protocol.example/problems/prevention-activity-not-found");
    }

    @Test
    void a_change_whose_publication_was_lost_is_found_in_the_store_and_published_by_the_periodic_sweep() {
        ActivityId lost = ActivityId.of("lost-" + UUID.randomUUID());
        // stored by a process that died before the broker acknowledged its event
        assertThat(store.insert(PreventionActivity.planned(lost, ActivityKind.OTHER, "board-life", school, "Verloren",
                List.of(), LocalDate.of(2027, 1, 20), null, null, PlanningReason.ADDED_BY_SCHOOL, null,
                Instant.now().minusSeconds(600)))).isTrue();
        assertThat(store.findWithUnpublishedChanges(Instant.now(), 100)).extracting(PreventionActivity::id)
                .contains(lost);

        assertThat(announcer.announceStale(Duration.ofMinutes(1), 100)).isPositive();

        assertThat(store.plannedEventPublished(lost)).isTrue();
        assertThat(store.findWithUnpublishedChanges(Instant.now(), 100)).extracting(PreventionActivity::id)
                .doesNotContain(lost);
        assertThat(eventsOf(school)).filteredOn(e -> e.activityId().equals(lost.value())).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("PreventionActivityPlanned"));
    }

    @Test
    void missing_or_unreadable_fields_are_a_400_problem_naming_each_field() {
        assertThat(fieldsOf(leader.post("/api/prevention/activities/{id}/schedule", "{}", activityId)))
                .containsExactlyInAnyOrder("date", "startTime", "location", "ledBy");
        ResponseEntity<JsonNode> dutchDate = leader.post("/api/prevention/activities/{id}/schedule", """
                {"date":"12-01-2027","startTime":"10:00","location":"aula","ledBy":"mentor"}""", activityId);
        assertThat(dutchDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldsOf(dutchDate)).containsExactly("date");
        assertThat(fieldsOf(leader.post("/api/prevention/activities/{id}/schedule", """
                {"date":"2027-01-12","startTime":"10:00","endTime":"09:00","location":"aula","ledBy":"mentor"}""",
                activityId))).containsExactly("endTime");
        assertThat(fieldsOf(leader.post("/api/prevention/activities/{id}/cancel", "{}", activityId)))
                .containsExactly("reason");
        assertThat(fieldsOf(leader.post("/api/prevention/activities/{id}/complete", """
                {"attendance":-1}""", activityId))).containsExactly("attendance");
        assertThat(fieldsOf(leader.post("/api/prevention/schools/{id}/activities", """
                {"dueBy":"2027-01-20"}""", school))).containsExactly("title");
        assertThat(fieldsOf(leader.post("/api/prevention/schools/{id}/activities", """
                {"kind":"PICNIC","title":"x","dueBy":"2027-01-20"}""", school))).containsExactly("kind");
    }

    @Test
    void staff_adding_to_a_school_not_registered_yet_make_it_known_under_their_own_board() {
        String unregistered = "unregistered-" + UUID.randomUUID();
        Caller coordinator = staff("CARE_COORDINATOR", BOARD, unregistered);

        ResponseEntity<JsonNode> added = coordinator.post("/api/prevention/schools/{id}/activities", """
                {"title":"Weerbaarheidstraining","dueBy":"2027-01-20"}""", unregistered);

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody().path("boardId").asText()).isEqualTo(BOARD);
        JsonNode known = adminOf(BOARD).get("/api/prevention/schools/{id}", unregistered).getBody();
        assertThat(known.path("boardId").asText()).isEqualTo(BOARD);
        assertThat(known.path("regionAssumed").asBoolean()).isTrue();
    }
}
