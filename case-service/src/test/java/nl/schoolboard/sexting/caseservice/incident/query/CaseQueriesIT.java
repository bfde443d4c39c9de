package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.caseservice.actor.MetaDataKeys;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.event.StepBecameOverdue;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.command.CloseCase;
import nl.schoolboard.sexting.caseservice.incident.command.ContactPolice;
import nl.schoolboard.sexting.caseservice.incident.command.InterviewVictim;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.command.MarkStepOverdue;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.command.ReportIncident;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side end to end: commands through Axon's command gateway, events through the tracking processors into
 * the in-process MongoDB-wire server, reads over HTTP as a caller would make them.
 *
 * <p>Cases of board {@code q1}: A (school-A, 10 days ago, victim interviewed, police contacted, team briefing
 * overdue), B (school-B, 40 days ago, closed), C (school-A, an hour ago, nothing done yet). Board {@code q2} has D.</p>
 */
@TestPropertySource(properties = "case.projections.operators=user-AUDITOR")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseQueriesIT extends RunningCaseService {

    static final String BOARD = "board-q1";
    static final String OTHER_BOARD = "board-q2";
    static final String FREE_TEXT = "cried about the photo";

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    CaseProjection caseProjection;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String a;
    String b;
    String c;
    String d;

    @BeforeAll
    void walkFourCases() throws InterruptedException {
        a = report(BOARD, "school-A", now.minus(10, ChronoUnit.DAYS), true, "P-A1", "P-A2");
        send(new InterviewVictim(new CaseId(a), null, now.minus(8, ChronoUnit.DAYS), new PersonRef("P-A1"), true,
                List.of("CARE_COORDINATOR"), FREE_TEXT, true, "a ban on passing it on"), BOARD);
        Thread.sleep(20); // recorded a few milliseconds apart, as two steps are
        send(new ContactPolice(new CaseId(a), null, now.minus(9, ChronoUnit.DAYS), Values.PoliceDecision.MELDING,
                "SCHOOL_LEADER", null, ReportWish.WANTS_REPORT, ReportWish.NOT_ASKED), BOARD);
        send(new MarkStepOverdue(new CaseId(a), ProtocolStep.TEAM_BRIEFING), BOARD);

        b = report(BOARD, "school-B", now.minus(40, ChronoUnit.DAYS), false, "P-B1", null);
        send(new CloseCase(new CaseId(b), null, now.minus(1, ChronoUnit.DAYS), Values.Outcome.NO_FURTHER_ACTION,
                "evaluated with the team", Arrays.stream(ProtocolStep.values())
                .collect(Collectors.toMap(step -> step, step -> "handled by the family"))), BOARD);

        c = report(BOARD, "school-A", now.minus(1, ChronoUnit.HOURS), false, "P-C1", null);
        d = report(OTHER_BOARD, "school-A", now.minus(2, ChronoUnit.HOURS), false, "P-D1", null);

        for (String caseId : List.of(a, b, c, d)) {
            long last = eventStore.lastSequenceNumberFor(caseId).orElseThrow();
            String board = caseId.equals(d) ? OTHER_BOARD : BOARD;
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                Http.Response detail = http().get("/api/cases/" + caseId, actor(board, "SCHOOL_LEADER"));
                Http.Response timeline = http().get("/api/cases/" + caseId + "/timeline", actor(board, "SCHOOL_LEADER"));
                return detail.status() == 200 && detail.json().get("version").asLong() == last
                        && timeline.status() == 200 && timeline.json().get("entries").size() == last + 1;
            });
        }
    }

    @Test
    void the_list_filters_by_status_overdue_period_and_school_within_the_board() {
        assertThat(caseIds("")).containsExactly(c, a, b);
        assertThat(caseIds("?status=OPEN")).containsExactly(c, a);
        assertThat(caseIds("?status=closed")).containsExactly(b);
        assertThat(caseIds("?overdue=true")).containsExactly(a);
        assertThat(caseIds("?overdue=false")).containsExactly(c, b);
        String fifteenDaysAgo = LocalDate.ofInstant(now.minus(15, ChronoUnit.DAYS), ZoneId.of("Europe/Amsterdam")).toString();
        assertThat(caseIds("?from=" + fifteenDaysAgo + "&until=" + now.minus(2, ChronoUnit.DAYS))).containsExactly(a);
        assertThat(caseIds("?from=" + now.minus(10, ChronoUnit.DAYS))).containsExactly(c, a);
        assertThat(caseIds("?schoolId=school-B")).containsExactly(b);
        assertThat(caseIds("?schoolId=school-A&status=OPEN&overdue=false")).containsExactly(c);

        JsonNode summary = list("?schoolId=school-B").get(0);
        assertThat(summary.get("status").asText()).isEqualTo("CLOSED");
        assertThat(summary.get("outcome").asText()).isEqualTo("NO_FURTHER_ACTION");
        assertThat(summary.get("version").asLong()).isEqualTo(eventStore.lastSequenceNumberFor(b).orElseThrow());
        assertThat(summary.has("people")).isFalse();
    }

    @Test
    void bad_list_parameters_are_refused_naming_each() {
        Http.Response refused = http().get("/api/cases?status=PENDING&overdue=maybe&from=yesterday", actor(BOARD, "SCHOOL_LEADER"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("status", "overdue", "from");
    }

    @Test
    void the_detail_shows_people_and_the_checklist_with_its_version_as_etag() {
        Http.Response detail = http().get("/api/cases/" + a, actor(BOARD, "CARE_COORDINATOR"));

        assertThat(detail.status()).isEqualTo(200);
        JsonNode view = detail.json();
        long version = eventStore.lastSequenceNumberFor(a).orElseThrow();
        assertThat(view.get("version").asLong()).isEqualTo(version);
        assertThat(detail.header("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("overdue").asBoolean()).isTrue();
        assertThat(view.get("people").findValuesAsText("ref")).containsExactly("P-A1", "P-A2");
        assertThat(view.get("people").findValuesAsText("role")).containsExactly("VICTIM", "SENDER");
        assertThat(step(view, "VICTIM_CONVERSATION").get("state").asText()).isEqualTo("DONE");
        assertThat(step(view, "POLICE_CONTACT").get("state").asText()).isEqualTo("DONE");
        assertThat(step(view, "TEAM_BRIEFING").get("state").asText()).isEqualTo("OPEN");
        assertThat(step(view, "TEAM_BRIEFING").get("overdue").asBoolean()).isTrue();
        assertThat(step(view, "TEAM_BRIEFING").get("dueAt").asText()).isEqualTo(view.get("nextDueAt").asText());
        assertThat(step(view, "SANCTIONS").get("required").asBoolean()).isTrue();
        assertThat(view.get("reportedAt").asText()).isNotBlank();
        assertThat(view.get("firstVictimConversationAt").asText()).isEqualTo(now.minus(8, ChronoUnit.DAYS).toString());
        assertThat(view.get("firstPoliceContactAt").asText()).isEqualTo(now.minus(9, ChronoUnit.DAYS).toString());
        assertThat(view.has(CaseViewShape.FIELD)).as("how the view is stored is no part of the answer").isFalse();
        assertThat(mongo.getCollection("cases").find(new org.bson.Document("_id", a)).first()
                .getInteger(CaseViewShape.FIELD)).as("stored with the shape this build writes")
                .isEqualTo(CaseViewShape.CURRENT);

        JsonNode closed = http().get("/api/cases/" + b, actor(BOARD, "SCHOOL_LEADER")).json();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").asText()).isEqualTo(now.minus(1, ChronoUnit.DAYS).toString());
        assertThat(step(closed, "TEAM_BRIEFING").get("state").asText()).isEqualTo("SKIPPED");
        assertThat(step(closed, "TEAM_BRIEFING").get("reason").asText()).isEqualTo("handled by the family");
    }

    @Test
    void the_timeline_follows_when_things_happened_with_when_they_were_recorded_beside_it() {
        JsonNode timeline = http().get("/api/cases/" + a + "/timeline", actor(BOARD, "SCHOOL_LEADER")).json();
        List<JsonNode> entries = new ArrayList<>();
        timeline.get("entries").forEach(entries::add);

        assertThat(timeline.get("version").asLong()).isEqualTo(eventStore.lastSequenceNumberFor(a).orElseThrow());
        assertThat(entries).extracting(e -> e.get("type").asText()).contains("IncidentReported", "DeadlinesSet",
                "VictimInterviewed", "PoliceContacted", "StepBecameOverdue");
        for (int i = 1; i < entries.size(); i++) {
            Instant before = Instant.parse(entries.get(i - 1).get("occurredAt").asText());
            Instant after = Instant.parse(entries.get(i).get("occurredAt").asText());
            assertThat(before.isBefore(after) || before.equals(after)
                    && entries.get(i - 1).get("sequence").asLong() < entries.get(i).get("sequence").asLong())
                    .as("entry %d follows entry %d", i, i - 1).isTrue();
        }
        JsonNode interview = entry(entries, "VictimInterviewed");
        JsonNode police = entry(entries, "PoliceContacted");
        assertThat(entries.indexOf(police)).as("police contact happened first").isLessThan(entries.indexOf(interview));
        assertThat(Instant.parse(police.get("recordedAt").asText()))
                .as("but was recorded later").isAfter(Instant.parse(interview.get("recordedAt").asText()));
        assertThat(interview.get("actorId").asText()).isEqualTo("user-SCHOOL_LEADER");
        assertThat(interview.get("actorRole").asText()).isEqualTo("SCHOOL_LEADER");
        assertThat(interview.get("summary").get("step").asText()).isEqualTo("VICTIM_CONVERSATION");
        assertThat(police.get("summary").get("decision").asText()).isEqualTo("MELDING");
        assertThat(timeline.toString()).doesNotContain(FREE_TEXT, "a ban on passing it on", "CARE_COORDINATOR");
    }

    @Test
    void as_of_a_moment_between_two_steps_the_first_is_done_and_the_second_still_open() {
        List<JsonNode> entries = new ArrayList<>();
        http().get("/api/cases/" + a + "/timeline", actor(BOARD, "SCHOOL_LEADER")).json().get("entries").forEach(entries::add);
        JsonNode interview = entry(entries, "VictimInterviewed");
        String interviewRecorded = interview.get("recordedAt").asText();

        Http.Response then = http().get("/api/cases/" + a + "?asOf=" + interviewRecorded, actor(BOARD, "SCHOOL_LEADER"));

        assertThat(then.status()).isEqualTo(200);
        assertThat(step(then.json(), "VICTIM_CONVERSATION").get("state").asText()).isEqualTo("DONE");
        assertThat(step(then.json(), "POLICE_CONTACT").get("state").asText()).isEqualTo("OPEN");
        // the conversation plans the aftercare in the same recording: the case as of then holds those facts too
        long lastThen = entries.stream().filter(e -> e.get("recordedAt").asText().equals(interviewRecorded))
                .mapToLong(e -> e.get("sequence").asLong()).max().orElseThrow();
        assertThat(lastThen).isGreaterThanOrEqualTo(interview.get("sequence").asLong());
        assertThat(then.json().get("version").asLong()).isEqualTo(lastThen);
        assertThat(then.header("ETag")).isEqualTo("\"" + lastThen + "\"");

        String latest = http().get("/api/cases/" + a, actor(BOARD, "SCHOOL_LEADER")).body();
        assertThat(http().get("/api/cases/" + a + "?asOf=" + Instant.now(), actor(BOARD, "SCHOOL_LEADER")).body())
                .as("now, the event store's fold is the projection").isEqualTo(latest);

        Instant reportedAt = Instant.parse(then.json().get("reportedAt").asText());
        Http.Response before = http().get("/api/cases/" + a + "?asOf=" + reportedAt.minusMillis(1), actor(BOARD, "SCHOOL_LEADER"));
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.json().get("type").asText()).endsWith("/case-not-found");

        Http.Response bad = http().get("/api/cases/" + a + "?asOf=last-week", actor(BOARD, "SCHOOL_LEADER"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("asOf");
    }

    @Test
    void a_case_of_another_board_is_not_found_in_any_view() {
        Map<String, String> otherBoard = actor(OTHER_BOARD, "SCHOOL_LEADER");
        for (String path : List.of("/api/cases/" + a, "/api/cases/" + a + "/timeline", "/api/cases/" + a + "?asOf=" + Instant.now())) {
            Http.Response response = http().get(path, otherBoard);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("P-A1", BOARD);
        }
        assertThat(caseIds("", otherBoard)).containsExactly(d);
        assertThat(caseIds("")).doesNotContain(d);
    }

    @Test
    void the_projection_leaves_a_view_alone_for_a_redelivered_event_and_refolds_it_for_a_newer_one() {
        CaseView current = mongo.findById(a, CaseView.class);
        long last = current.version();
        // which fact does not matter: the case is refolded whole from its events
        StepBecameOverdue anyFactOfA = new StepBecameOverdue(new CaseId(a), ProtocolStep.VICTIM_CONVERSATION, Instant.EPOCH);

        mongo.save(withStatus(current, "MARKED", last));
        caseProjection.on(anyFactOfA, last, Instant.EPOCH);
        assertThat(mongo.findById(a, CaseView.class).status()).as("same version: untouched").isEqualTo("MARKED");

        mongo.save(withStatus(current, "MARKED", last - 1));
        caseProjection.on(anyFactOfA, last, Instant.EPOCH);
        assertThat(mongo.findById(a, CaseView.class)).as("newer version: refolded from the events").isEqualTo(current);
    }

    @Test
    void a_rebuild_from_the_event_store_gives_the_same_views() {
        String before = views();
        mongo.save(copy(mongo.findById(c, CaseView.class), "left-over-" + UUID.randomUUID(), "OPEN", 0));
        mongo.save(new TimelineEntry("left-over", a, BOARD, 99, "Stray", now, now, null, null, Map.of()));
        assertThat(views()).isNotEqualTo(before);

        Http.Response forbidden = http().post("/api/cases/projections/rebuild", "", actor(BOARD, "SCHOOL_LEADER"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");

        Http.Response started = http().post("/api/cases/projections/rebuild", "", actor(BOARD, "AUDITOR"));
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("processors").toString()).contains("case-projection", "case-timeline");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(views()).isEqualTo(before));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** The list, every detail and every timeline of the board, as a caller reads them. */
    private String views() {
        Map<String, String> leader = actor(BOARD, "SCHOOL_LEADER");
        StringBuilder all = new StringBuilder(http().get("/api/cases", leader).body());
        for (String caseId : List.of(a, b, c)) {
            all.append('\n').append(http().get("/api/cases/" + caseId, leader).body());
            all.append('\n').append(http().get("/api/cases/" + caseId + "/timeline", leader).body());
        }
        return all.toString();
    }

    private String report(String board, String school, Instant cameToLightAt, boolean minorNude, String victim, String sender) {
        List<InvolvedPupil> pupils = new ArrayList<>(List.of(new InvolvedPupil(new PersonRef(victim), PersonRole.VICTIM)));
        if (sender != null) {
            pupils.add(new InvolvedPupil(new PersonRef(sender), PersonRole.SENDER));
        }
        CaseId caseId = CaseId.random();
        send(new ReportIncident(caseId, new BoardId(board), new SchoolId(school), cameToLightAt,
                CameToLight.VICTIM_TOLD_STAFF, MaterialKind.PHOTO, Set.of(Platform.SNAPCHAT), minorNude, pupils,
                List.of("3"), new Reporter("user-SCHOOL_LEADER", "SCHOOL_LEADER")), board);
        return caseId.value();
    }

    private void send(Object command, String board) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(Map.of(
                MetaDataKeys.ACTOR_ID, "user-SCHOOL_LEADER",
                MetaDataKeys.ACTOR_ROLE, "SCHOOL_LEADER",
                MetaDataKeys.BOARD_ID, board,
                MetaDataKeys.SCHOOL_ID, "",
                MetaDataKeys.REQUEST_CORRELATION_ID, UUID.randomUUID().toString()))));
    }

    private static Map<String, String> actor(String board, String role) {
        return Http.caller("user-" + role, role, board, "school-A,school-B");
    }

    private JsonNode list(String query) {
        Http.Response response = http().get("/api/cases" + query, actor(BOARD, "SCHOOL_LEADER"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> caseIds(String query) {
        return caseIds(query, actor(BOARD, "SCHOOL_LEADER"));
    }

    private List<String> caseIds(String query, Map<String, String> headers) {
        Http.Response response = http().get("/api/cases" + query, headers);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().findValuesAsText("caseId");
    }

    private static JsonNode step(JsonNode view, String step) {
        for (JsonNode line : view.get("checklist")) {
            if (line.get("step").asText().equals(step)) {
                return line;
            }
        }
        throw new AssertionError("no checklist line " + step + " in " + view);
    }

    private static JsonNode entry(List<JsonNode> entries, String type) {
        return entries.stream().filter(e -> e.get("type").asText().equals(type)).findFirst().orElseThrow();
    }

    private static CaseView withStatus(CaseView v, String status, long version) {
        return copy(v, v.caseId(), status, version);
    }

    private static CaseView copy(CaseView v, String caseId, String status, long version) {
        return new CaseView(caseId, v.boardId(), v.schoolId(), status, v.outcome(), v.cameToLightAt(),
                v.cameToLightHow(), v.reportedAt(), v.reportedBy(), v.materialKind(), v.platforms(),
                v.minorNudeInvolved(), v.yearGroups(), v.people(), v.reportingDutyTrack(), v.checklist(), v.overdue(),
                v.nextDueAt(), v.closedAt(), v.lastRecordedAt(), v.legalHold(), v.personalDataErased(),
                v.firstVictimConversationAt(), v.firstPoliceContactAt(), version);
    }
}
