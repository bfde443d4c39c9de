package nl.schoolboard.sexting.prevention;

import nl.schoolboard.sexting.testsupport.KafkaClientPerTest;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.Actor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.PreventionEvent;
import nl.schoolboard.sexting.contracts.RecordHeaders;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.contracts.payload.Code;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload.InvolvedPupil;
import nl.schoolboard.sexting.contracts.payload.PersonReference;
import nl.schoolboard.sexting.contracts.payload.YearGroup;
import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityKind;
import nl.schoolboard.sexting.prevention.planning.PlanningReason;
import nl.schoolboard.sexting.prevention.planning.ActivityStore;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import nl.schoolboard.sexting.prevention.planning.web.ActivityView;
import nl.schoolboard.sexting.prevention.support.Caller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.schoolboard.sexting.testsupport.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The prevention flow end to end against a real Kafka protocol and a MongoDB-wire store: case events go in with a
 * plain producer, activities come out of the HTTP API, and what the service wrote to Kafka is read with a plain
 * consumer. Subclasses supply the infrastructure (in-process here, containers where Docker exists). Every scenario
 * uses its own school and case ids, so they share one application without seeing each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "prevention.case-events.retry.initial-interval=100ms",
        "prevention.case-events.retry.max-elapsed=2s",
        "prevention.jobs.enabled=false"})
abstract class PreventionFlowScenarios extends KafkaClientPerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String GROUP = "prevention-service";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ActivityStore store;

    @Autowired
    MeterRegistry meters;


    @Test
    void a_report_plans_the_lesson_evening_review_and_action_and_announces_each_once_however_often_it_is_delivered() {
        String school = "school-" + UUID.randomUUID();
        CaseEvent report = incidentReported(school, "case-" + UUID.randomUUID(), List.of("2", "3"));
        byte[] json = CaseEventJson.write(report);

        send(new ProducerRecord<>(Topics.CASE_EVENTS, report.caseId(), json), "corr-first");

        List<ActivityView> planned = await().atMost(WAIT).until(() -> activitiesOf(school), list -> list.size() == 4);
        String activityId = report.eventId() + ":MEDIA_LITERACY_LESSON";
        assertThat(lessons(planned)).singleElement().satisfies(lesson -> {
            assertThat(lesson.id()).isEqualTo(activityId);
            assertThat(lesson.kind()).isEqualTo("MEDIA_LITERACY_LESSON");
            assertThat(lesson.status()).isEqualTo("PLANNED");
            assertThat(lesson.yearGroups()).containsExactly("2", "3");
            // reported on Friday 20 November 2026: due the Friday three weeks later
            assertThat(lesson.dueBy()).isEqualTo(LocalDate.of(2026, 12, 11));
            assertThat(lesson.sourceCaseId()).isEqualTo(report.caseId());
        });
        // the school is not registered: region midden is assumed; the material showed a minor nude
        assertThat(planned).extracting(ActivityView::id, ActivityView::dueBy).contains(
                tuple(school + ":PARENT_EVENING:2026-2027:KERSTVAKANTIE:1", LocalDate.of(2026, 12, 4)),
                tuple(school + ":POLICY_REVIEW:2026-2027:1", LocalDate.of(2027, 1, 15)),
                tuple(school + ":WHOM_TO_TURN_TO_ACTION:2027-2028", LocalDate.of(2027, 9, 10)));
        ResponseEntity<ActivityView> one = leaderOf(school).get(ActivityView.class, "/api/prevention/activities/{id}",
                activityId);
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getBody()).isEqualTo(lessons(planned).get(0));
        awaitAnnounced(school, 4);

        // the same record again, as after a consumer restart before its offset was committed
        RecordMetadata again = send(new ProducerRecord<>(Topics.CASE_EVENTS, report.caseId(), json), "corr-first");
        awaitHandled(again);

        assertThat(activitiesOf(school)).hasSize(4);
        List<ConsumerRecord<String, byte[]>> announcements = kafka.readAll(Topics.PREVENTION_EVENTS).stream()
                .filter(r -> school.equals(r.key())).toList();
        assertThat(announcements).hasSize(4)
                .extracting(r -> read(r.value()).activityId()).doesNotHaveDuplicates();
        assertThat(announcements).filteredOn(r -> activityId.equals(read(r.value()).activityId()))
                .singleElement().satisfies(r -> {
                    PreventionEvent event = read(r.value());
                    assertThat(event.type()).isEqualTo("PreventionActivityPlanned");
                    assertThat(event.schemaVersion()).isEqualTo(2);
                    assertThat(event.eventId()).isEqualTo(
                            UUID.nameUUIDFromBytes((activityId + ":PLANNED").getBytes(StandardCharsets.UTF_8)));
                    assertThat(event.kind()).isEqualTo("MEDIA_LITERACY_LESSON");
                    assertThat(event.status()).isEqualTo("PLANNED");
                    assertThat(event.dueBy()).isEqualTo(LocalDate.of(2026, 12, 11));
                    assertThat(event.boardId()).isEqualTo(report.boardId());
                    assertThat(event.schoolId()).isEqualTo(school);
                    assertThat(event.sourceCaseId()).isEqualTo(report.caseId());
                    assertThat(event.yearGroups()).containsExactly("2", "3");
                    assertThat(event.reason()).isEqualTo("INCIDENT_REPORTED");
                    // the announcement names the report's trace, from the envelope of the case event
                    assertThat(header(r, RecordHeaders.CORRELATION_ID)).isEqualTo(report.correlationId());
                    assertThat(header(r, RecordHeaders.EVENT_ID)).isEqualTo(event.eventId().toString());
                });
        assertThat(announcements).allSatisfy(r ->
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain("P-7"));
        ResponseEntity<JsonNode> plan = leaderOf(school)
                .get("/api/prevention/schools/{school}/plan?schoolYear=2026-2027", school);
        assertThat(plan.getBody().path("regionAssumed").asBoolean()).isTrue();
        assertThat(plan.getBody().path("region").asText()).isEqualTo("MIDDEN");
    }

    @Test
    void a_second_report_of_the_school_after_the_first_brings_its_parent_evening_forward_to_the_urgent_date() {
        String school = "school-" + UUID.randomUUID();
        CaseEvent first = withoutMinorNude(incidentReported(school, "case-" + UUID.randomUUID(), List.of("1")));
        CaseEvent second = withoutMinorNude(incidentReported(school, "case-" + UUID.randomUUID(), List.of("2")));

        // one after the other: the second is sent when the first has been handled (its offset committed)
        awaitHandled(send(new ProducerRecord<>(Topics.CASE_EVENTS, first.caseId(), CaseEventJson.write(first)), null));
        awaitHandled(send(new ProducerRecord<>(Topics.CASE_EVENTS, second.caseId(), CaseEventJson.write(second)),
                null));
        await().atMost(WAIT).until(() -> lessons(activitiesOf(school)).size() == 2);

        assertThat(eveningsOf(school)).singleElement().satisfies(evening -> {
            // the school's second incident in the school year: within two school weeks, not the end of the term
            assertThat(evening.dueBy()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(evening.history()).extracting(ActivityView.ChangeView::type)
                    .containsExactly("PLANNED", "DUE_DATE_ADVANCED");
        });
        assertThat(activitiesOf(school)).filteredOn(a -> a.kind().equals("POLICY_REVIEW")).hasSize(1);
        awaitAnnounced(school, 6);
        assertThat(announcedTypes(school)).containsOnlyOnce("PreventionActivityDueDateAdvanced");
    }

    /**
     * Case events are keyed by case, so two reports of one school can sit on two partitions and be handled by two
     * consumer threads at once. Which one counts as the school's second is then a race; what may not vary is the
     * outcome: one evening, due by the urgent date, its bringing forward announced at most once.
     */
    @Test
    void two_reports_of_one_school_handled_at_once_leave_one_parent_evening_due_by_the_urgent_date() {
        String school = "school-" + UUID.randomUUID();
        CaseEvent first = withoutMinorNude(incidentReported(school, "case-" + UUID.randomUUID(), List.of("1")));
        CaseEvent second = withoutMinorNude(incidentReported(school, "case-" + UUID.randomUUID(), List.of("2")));

        // two partitions, whatever the keys would choose: two consumer threads
        RecordMetadata one = send(new ProducerRecord<>(Topics.CASE_EVENTS, 0, first.caseId(),
                CaseEventJson.write(first)), null);
        RecordMetadata other = send(new ProducerRecord<>(Topics.CASE_EVENTS, 1, second.caseId(),
                CaseEventJson.write(second)), null);
        awaitHandled(one);
        awaitHandled(other);

        assertThat(lessons(activitiesOf(school))).hasSize(2);
        assertThat(eveningsOf(school)).singleElement().satisfies(evening -> {
            assertThat(evening.dueBy()).isEqualTo(LocalDate.of(2026, 12, 4));
            // planned urgent at once (both counted the other), or planned for the term and brought forward
            assertThat(evening.history().stream().map(ActivityView.ChangeView::type).toList())
                    .isIn(List.of("PLANNED"), List.of("PLANNED", "DUE_DATE_ADVANCED"));
        });
        assertThat(activitiesOf(school)).filteredOn(a -> a.kind().equals("POLICY_REVIEW")).hasSize(1);
        // a change may be published twice when both threads announce it; it keeps its event id, so readers drop it
        await().atMost(WAIT).untilAsserted(() -> assertThat(announcedEventIds(school, "PreventionActivityPlanned"))
                .hasSize(5));
        assertThat(announcedEventIds(school, "PreventionActivityDueDateAdvanced")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void a_lesson_stored_but_not_announced_before_a_crash_is_announced_when_its_event_comes_again() {
        String school = "school-" + UUID.randomUUID();
        CaseEvent report = incidentReported(school, "case-" + UUID.randomUUID(), List.of("1"));
        ActivityId id = ActivityId.plannedFor(report.eventId(), ActivityKind.MEDIA_LITERACY_LESSON);
        Instant storedAt = Instant.parse("2026-11-20T08:05:00.123Z");
        // what the first attempt left behind when the process died before publishing
        assertThat(store.insert(PreventionActivity.planned(id, ActivityKind.MEDIA_LITERACY_LESSON, report.boardId(),
                school, null, List.of("1"), LocalDate.of(2026, 12, 11), report.caseId(), report.eventId(),
                PlanningReason.INCIDENT_REPORTED, null, storedAt))).isTrue();
        assertThat(store.plannedEventPublished(id)).isFalse();

        awaitHandled(send(new ProducerRecord<>(Topics.CASE_EVENTS, report.caseId(), CaseEventJson.write(report)),
                "corr-again"));

        assertThat(lessons(activitiesOf(school))).singleElement()
                .satisfies(lesson -> assertThat(lesson.id()).isEqualTo(id.value()));
        assertThat(kafka.readAll(Topics.PREVENTION_EVENTS).stream().filter(r -> school.equals(r.key()))
                .filter(r -> id.value().equals(read(r.value()).activityId())))
                .singleElement().satisfies(r -> {
                    PreventionEvent event = read(r.value());
                    assertThat(event.occurredAt()).as("the stored activity is announced, not a new one")
                            .isEqualTo(storedAt);
                    assertThat(header(r, RecordHeaders.CORRELATION_ID)).isEqualTo(report.correlationId());
                });
        assertThat(store.plannedEventPublished(id)).isTrue();
    }

    @Test
    void unreadable_records_go_to_the_dead_letter_topic_and_the_consumer_carries_on() {
        String poisonKey = "case-" + UUID.randomUUID();
        byte[] notJson = ("not json " + poisonKey).getBytes(StandardCharsets.UTF_8);
        byte[] envelopeWithoutIds = ("{\"type\":\"IncidentReported\",\"note\":\"" + poisonKey + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        CaseEvent unknownVersion = withSchemaVersion(
                incidentReported("school-" + UUID.randomUUID(), poisonKey, List.of("1")), 2);
        // the last partition of case-events: the dead-letter topic has fewer, Kafka picks one
        int lastPartition = kafka.partitions(Topics.CASE_EVENTS) - 1;
        double deadLettersBefore = deadLetters();
        send(new ProducerRecord<>(Topics.CASE_EVENTS, lastPartition, poisonKey, notJson), "corr-poison");
        send(new ProducerRecord<>(Topics.CASE_EVENTS, lastPartition, poisonKey, envelopeWithoutIds), null);
        send(new ProducerRecord<>(Topics.CASE_EVENTS, lastPartition, poisonKey, CaseEventJson.write(unknownVersion)),
                null);

        String school = "school-" + UUID.randomUUID();
        CaseEvent valid = incidentReported(school, "case-" + UUID.randomUUID(), List.of("4"));
        RecordMetadata validSent = send(
                new ProducerRecord<>(Topics.CASE_EVENTS, lastPartition, valid.caseId(), CaseEventJson.write(valid)),
                null);

        assertThat(lessons(await().atMost(WAIT).until(() -> activitiesOf(school), list -> !lessons(list).isEmpty())))
                .singleElement().satisfies(lesson -> assertThat(lesson.sourceCaseId()).isEqualTo(valid.caseId()));
        awaitHandled(validSent);

        List<ConsumerRecord<String, byte[]>> deadLetters = kafka.readAll(Topics.CASE_EVENTS_DEAD_LETTER).stream()
                .filter(r -> poisonKey.equals(r.key())).toList();
        assertThat(deadLetters).map(ConsumerRecord::value)
                .containsExactly(notJson, envelopeWithoutIds, CaseEventJson.write(unknownVersion));
        assertThat(header(deadLetters.get(0), "traceparent")).as("the dead letter keeps the trace it came in")
                .contains(traceId("corr-poison"));
        assertThat(kafka.readAll(Topics.CASE_EVENTS_DEAD_LETTER)).noneMatch(r -> valid.caseId().equals(r.key()));
        assertThat(deadLetters() - deadLettersBefore).as("dead letters counted for the monitor").isEqualTo(3);
    }

    @Test
    void events_planning_does_not_act_on_are_skipped_and_a_school_without_activities_gets_an_empty_list() {
        String school = "school-" + UUID.randomUUID();
        CaseEvent interview = new CaseEvent(UUID.randomUUID(), "VictimInterviewed", 1,
                Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T10:01:00Z"), "board-1", school,
                "case-" + UUID.randomUUID(), 1, new Actor("user-2", "CARE_COORDINATOR"), "corr-2",
                CaseEventJson.mapper().valueToTree(Map.of("parentsPresent", true)));

        awaitHandled(send(new ProducerRecord<>(Topics.CASE_EVENTS, interview.caseId(), CaseEventJson.write(interview)),
                null));

        ResponseEntity<ActivityView[]> response = leaderOf(school).get(ActivityView[].class,
                "/api/prevention/schools/{school}/activities", school);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEmpty();
        assertThat(kafka.readAll(Topics.CASE_EVENTS_DEAD_LETTER)).noneMatch(r -> interview.caseId().equals(r.key()));
    }

    @Test
    void an_unknown_activity_is_a_404_problem_that_says_so() {
        ResponseEntity<JsonNode> response = leaderOf("school-" + UUID.randomUUID())
                .get("/api/prevention/activities/{id}", "no-such-activity");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("type").asText())
                .isEqualTo("https://sexting-protocol.example/problems/prevention-activity-not-found");
        assertThat(response.getBody().path("detail").asText()).contains("no-such-activity");
    }

    @Test
    void the_feed_of_a_school_with_an_incident_driven_lesson_says_what_and_for_whom_and_nothing_of_the_incident() {
        String school = "school-" + UUID.randomUUID();
        Caller.boardWide(http, "BOARD_ADMINISTRATOR", "board-1").put("/api/prevention/schools/{id}", """
                {"name":"De Linde","region":"midden"}""", school);
        CaseEvent report = incidentReported(school, "case-" + UUID.randomUUID(), List.of("3"));
        send(new ProducerRecord<>(Topics.CASE_EVENTS, report.caseId(), CaseEventJson.write(report)), null);
        await().atMost(WAIT).until(() -> activitiesOf(school), list -> list.size() == 4);

        String token = leaderOf(school).post("/api/prevention/schools/{id}/calendar-token", "", school).getBody()
                .path("token").asText();
        String feed = Caller.anonymous(http).get(String.class, "/api/prevention/calendar/{token}.ics", token).getBody();

        String text = feed.replace("\r\n ", "").toLowerCase(java.util.Locale.ROOT);
        assertThat(text).contains("summary:nog inplannen (uiterlijk): les mediawijsheid\\, leerjaar 3")
                .contains("uiterlijk: 11 december 2026");
        assertThat(text).as("a feed address is shared: it tells no one why an activity is planned")
                .doesNotContain("naakt", "sexting", "incident", "melding", "beeld", "minderjarig", "slachtoffer",
                        "dader", "politie", "zaak", "dossier", "waarom", report.caseId().toLowerCase(java.util.Locale.ROOT));
    }

    private static CaseEvent incidentReported(String school, String caseId, List<String> yearGroups) {
        IncidentReportedPayload payload = new IncidentReportedPayload(Instant.parse("2026-11-20T07:30:00Z"),
                new Code("PUPIL_TOLD_STAFF"), new Code("PHOTO"), List.of(new Code("SNAPCHAT")), true,
                List.of(new InvolvedPupil(new PersonReference("P-7"), new Code("VICTIM"))),
                yearGroups.stream().map(YearGroup::new).toList());
        return new CaseEvent(UUID.randomUUID(), CaseEventType.INCIDENT_REPORTED.typeName(),
                CaseEventType.INCIDENT_REPORTED.schemaVersion(), Instant.parse("2026-11-20T08:00:00Z"),
                Instant.parse("2026-11-20T08:05:00Z"), "board-1", school, caseId, 0,
                new Actor("user-1", "SCHOOL_LEADER"), "corr-in-body", CaseEventJson.toTree(payload));
    }

    private static CaseEvent withoutMinorNude(CaseEvent e) {
        IncidentReportedPayload payload = CaseEventJson.payload(e, IncidentReportedPayload.class);
        IncidentReportedPayload changed = new IncidentReportedPayload(payload.cameToLightAt(),
                payload.cameToLightHow(), payload.materialKind(), payload.platforms(), false,
                payload.involvedPupils(), payload.yearGroups());
        return new CaseEvent(e.eventId(), e.type(), e.schemaVersion(), e.occurredAt(), e.recordedAt(), e.boardId(),
                e.schoolId(), e.caseId(), e.caseVersion(), e.actor(), e.correlationId(), CaseEventJson.toTree(changed));
    }

    private List<ActivityView> eveningsOf(String school) {
        return activitiesOf(school).stream().filter(a -> a.kind().equals("PARENT_EVENING")).toList();
    }

    private List<String> announcedTypes(String school) {
        return kafka.readAll(Topics.PREVENTION_EVENTS).stream().filter(r -> school.equals(r.key()))
                .map(r -> read(r.value()).type()).toList();
    }

    private java.util.Set<UUID> announcedEventIds(String school, String type) {
        return kafka.readAll(Topics.PREVENTION_EVENTS).stream().filter(r -> school.equals(r.key()))
                .map(r -> read(r.value())).filter(e -> type.equals(e.type())).map(PreventionEvent::eventId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static List<ActivityView> lessons(List<ActivityView> activities) {
        return activities.stream().filter(a -> a.kind().equals("MEDIA_LITERACY_LESSON")).toList();
    }

    /** Waits until the school's activities have this many announcements on prevention-events. */
    private void awaitAnnounced(String school, int count) {
        await().atMost(WAIT).until(() -> kafka.readAll(Topics.PREVENTION_EVENTS).stream()
                .filter(r -> school.equals(r.key())).count() >= count);
    }

    private static CaseEvent withSchemaVersion(CaseEvent e, int version) {
        return new CaseEvent(e.eventId(), e.type(), version, e.occurredAt(), e.recordedAt(), e.boardId(),
                e.schoolId(), e.caseId(), e.caseVersion(), e.actor(), e.correlationId(), e.payload());
    }

    /** Sends the record as the relay does, in the trace {@link #traceId(String) named} by {@code trace} if given. */
    private RecordMetadata send(ProducerRecord<String, byte[]> record, String trace) {
        if (trace != null) {
            String traceparent = "00-" + traceId(trace) + "-00f067aa0ba902b7-01";
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return kafka.send(record);
    }

    private double deadLetters() {
        Counter counter = meters.find("prevention.dead.letters").counter();
        return counter == null ? 0 : counter.count();
    }

    private static String traceId(String label) {
        return UUID.nameUUIDFromBytes(label.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    /** Waits until the service's consumer group has committed past the record: it was handled one way or another. */
    private void awaitHandled(RecordMetadata sent) {
        kafka.awaitCommittedPast(GROUP, sent);
    }

    /** The school's leader (board-1, where every scenario reports), signed in. */
    private Caller leaderOf(String school) {
        return Caller.staff(http, "SCHOOL_LEADER", "board-1", school);
    }

    private List<ActivityView> activitiesOf(String school) {
        ResponseEntity<ActivityView[]> response = leaderOf(school).get(ActivityView[].class,
                "/api/prevention/schools/{school}/activities", school);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return Arrays.asList(response.getBody());
    }

    private static PreventionEvent read(byte[] json) {
        try {
            return CaseEventJson.mapper().readValue(json, PreventionEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
