package nl.schoolboard.sexting.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.localstack.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The people in an incident as the law and the protocol see them, walked through the gateway (issue 12's "done
 * when"): a victim whose selfie was forwarded is no perpetrator; an adult extorting a pupil opens the sextortion
 * track; a teacher who only reported opens no staff track, a suspected one opens the board's, recorded by the board
 * in the law's order; a suspension in vo waits for its letter and the Inspectie; deadlines skip the Christmas holiday;
 * the victim's objection to a class discussion is heard, a bystander is told to delete the image, a takedown recorded.
 */
class PeopleAndTracksSystemIT {

    private static final String BOARD = "board-1";
    private static final String SCHOOL = "school-people";
    private static final String AT = "\"occurredAt\":\"2026-11-20T09:00:00Z\"";
    private static final String PUPIL = "PUPIL_OF_THIS_SCHOOL";

    static LocalStack stack;
    static GatewayClient leader;
    static GatewayClient board;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = RunningSystem.stack();
        leader = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "leader-people-1", "SCHOOL_LEADER", BOARD,
                List.of(SCHOOL));
        board = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "board-people-1", "BOARD_ADMINISTRATOR",
                BOARD, List.of());
    }

    @Test
    void a_pupil_whose_own_selfie_was_forwarded_is_a_victim_without_offence_conversation_or_sanction() {
        String caseId = report("2026-11-20T08:30:00Z", true, "P-5101", "SENDER", "P-5102", "FORWARDER");
        long version = assessedAfter(leader, caseId,
                "{" + AT + ",\"person\":\"P-5101\",\"facts\":{\"acts\":[\"PICTURED\","
                        + "\"MADE_IMAGE\",\"SHARED\"],\"madeVoluntarily\":true,\"sharedVoluntarily\":true,\"sharedWith\":[\"P-5102\"],"
                        + "\"age\":15,\"affiliation\":\"PUPIL_OF_THIS_SCHOOL\",\"sector\":\"VO\"}}",
                facts("P-5102", 15, PUPIL, "RECEIVED", "FORWARDED"));

        JsonNode view = viewAt(leader, caseId, version);
        assertThat(findings(view, "P-5101")).containsExactly("VICTIM", "WITHIN_PEER_EXCEPTION");
        assertThat(findings(view, "P-5102")).containsExactly("SUSPECTED");
        assertThat(refusal(leader, caseId, "perpetrator-conversations", "{" + AT + ",\"person\":\"P-5101\","
                + "\"parentsPresent\":true,\"offenceExplained\":true}", 409)).isEqualTo("not-a-perpetrator");
        assertThat(refusal(leader, caseId, "sanctions", "{" + AT + ",\"person\":\"P-5101\",\"kind\":\"WARNING\","
                + "\"reason\":\"doorgestuurd\"}", 409)).isEqualTo("not-a-perpetrator");
        step(leader, caseId, "perpetrator-conversations", "{" + AT + ",\"person\":\"P-5102\",\"parentsPresent\":true,"
                + "\"offenceExplained\":true}");
    }

    @Test
    void an_adult_outsider_extorting_a_pupil_opens_the_sextortion_track_with_police_within_hours() {
        String caseId = report("2026-11-20T08:30:00Z", true, "P-5201", "VICTIM", null, null);
        step(leader, caseId, "people", "{" + AT + ",\"person\":\"X-5201\",\"kind\":\"OUTSIDER\",\"role\":\"SENDER\"}");
        long version = assessedAfter(leader, caseId,
                facts("P-5201", 14, PUPIL, "PICTURED"),
                facts("X-5201", 31, "ADULT_OUTSIDER", "RECEIVED", "THREATENED_OR_EXTORTED"));

        JsonNode view = viewAt(leader, caseId, version);
        assertThat(line(view, "SEXTORTION_ADVICE").get("state").asText()).isEqualTo("OPEN");
        assertThat(line(view, "POLICE_CONTACT").get("dueAt").asText()).startsWith("2026-11-20T13:00");
        assertThat(refusal(leader, caseId, "sextortion-advice", "{" + AT + ",\"evidenceKeptWithVictim\":false,"
                + "\"noContactWithExtorter\":true,\"helpSites\":[\"HELPWANTED\"]}", 400)).isNotNull();
        step(leader, caseId, "sextortion-advice", "{" + AT + ",\"evidenceKeptWithVictim\":true,"
                + "\"noContactWithExtorter\":true,\"helpSites\":[\"HELPWANTED\",\"TAKE_IT_DOWN\"]}");
    }

    @Test
    void a_teacher_who_only_reported_opens_no_staff_track_and_a_suspected_one_opens_the_boards_recorded_in_order() {
        String caseId = report("2026-11-20T08:30:00Z", false, "P-5301", "VICTIM", null, null);
        step(leader, caseId, "people", "{" + AT + ",\"person\":\"S-5301\",\"kind\":\"STAFF\",\"role\":\"REPORTER\"}");
        long version = assessedAfter(leader, caseId,
                facts("P-5301", 14, PUPIL, "PICTURED"),
                facts("S-5301", 45, "STAFF", "SAW", "REPORTED"));
        assertThat(viewAt(leader, caseId, version).get("reportingDutyTrack").asBoolean()).isFalse();
        assertThat(board.get("/api/cases/" + caseId).status()).as("not the board's business").isEqualTo(403);

        step(leader, caseId, "people", "{" + AT + ",\"person\":\"S-5302\",\"kind\":\"STAFF\",\"role\":\"STAFF_MEMBER\"}");
        version = assessedAfter(leader, caseId,
                facts("S-5302", 40, "STAFF", "ASKED_OR_PRESSURED", "RECEIVED"));
        assertThat(viewAt(leader, caseId, version).get("reportingDutyTrack").asBoolean()).isTrue();

        // the board opens the case, and records its track itself, in the law's order
        assertThat(board.get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(leader.post("/api/cases/" + caseId + "/confidential-inspector-consulted", "{" + AT + "}", Map.of())
                .status()).isEqualTo(403);
        assertThat(refusal(board, caseId, "confidential-inspector-consulted", "{" + AT + "}", 409))
                .isEqualTo("board-not-yet-informed");
        step(board, caseId, "board-informed", "{" + AT + "}");
        step(board, caseId, "confidential-inspector-consulted", "{" + AT + "}");
        assertThat(refusal(board, caseId, "aangifte-decision", "{" + AT + ",\"aangifteFiled\":true,"
                + "\"reason\":\"redelijk vermoeden\"}", 409)).isEqualTo("aangifte-not-announced");
        step(board, caseId, "aangifte-announced", "{" + AT + ",\"staffMemberTold\":true,\"parentsTold\":true}");
        step(board, caseId, "aangifte-decision", "{" + AT + ",\"aangifteFiled\":true,\"reason\":\"redelijk vermoeden\"}");
    }

    @Test
    void a_suspension_of_three_days_in_vo_asks_for_the_letter_and_the_inspectie_report_before_the_case_closes() {
        String caseId = report("2026-11-20T08:30:00Z", false, "P-5401", "VICTIM", "P-5402", "FORWARDER");
        step(leader, caseId, "person-facts", facts("P-5402", 15, PUPIL, "FORWARDED"));
        step(leader, caseId, "sanctions", "{" + AT + ",\"person\":\"P-5402\",\"kind\":\"SUSPENSION\","
                + "\"from\":\"2026-11-23\",\"until\":\"2026-11-25\",\"reason\":\"doorsturen\"}");
        String close = "{\"occurredAt\":\"2026-11-24T15:00:00Z\",\"outcome\":\"RESOLVED\",\"evaluation\":\"afgerond\","
                + "\"skippedStepReasons\":{\"VICTIM_CONVERSATION\":\"elders\",\"PERPETRATOR_CONVERSATIONS\":\"elders\","
                + "\"DISTRIBUTION_BAN\":\"niet nodig\",\"TEAM_BRIEFING\":\"niet nodig\",\"TAKEDOWN\":\"niet online gezet\"}}";

        assertThat(refusal(leader, caseId, "close", close, 409)).isEqualTo("suspension-formalities-missing");
        step(leader, caseId, "sanction-formalities", "{" + AT + ",\"person\":\"P-5402\",\"formality\":\"DECISION_LETTER_SENT\"}");
        assertThat(refusal(leader, caseId, "close", close, 409)).isEqualTo("suspension-formalities-missing");
        step(leader, caseId, "sanction-formalities", "{" + AT + ",\"person\":\"P-5402\",\"formality\":\"INSPECTIE_NOTIFIED\"}");
        step(leader, caseId, "close", close);
    }

    @Test
    void the_victims_objection_to_a_class_discussion_is_heard_a_bystander_is_told_to_delete_and_the_takedown_recorded() {
        String caseId = report("2026-11-20T08:30:00Z", false, "P-5601", "VICTIM", "P-5602", "FORWARDER");
        step(leader, caseId, "people", "{" + AT + ",\"person\":\"P-5603\",\"kind\":\"PUPIL\",\"role\":\"BYSTANDER\"}");
        step(leader, caseId, "person-facts", facts("P-5602", 15, PUPIL, "RECEIVED", "FORWARDED"));
        step(leader, caseId, "person-facts", facts("P-5603", 15, PUPIL, "RECEIVED"));
        step(leader, caseId, "police-contact", "{" + AT + ",\"decision\":\"MELDING\",\"decidedByRole\":\"SCHOOL_LEADER\","
                + "\"victimWish\":\"DOES_NOT_WANT\",\"parentsWish\":\"WANTS_REPORT\"}");

        // the victim objects to a lesson about it: it goes ahead only with the leader's reason
        String briefing = "{" + AT + ",\"staff\":[\"S-5601\"],\"sharedSummary\":\"Er speelt een incident in leerjaar 3.\","
                + "\"namesShared\":false,\"classDiscussion\":\"CLASS_LESSON\",\"discussionLead\":\"S-5601\","
                + "\"victimWish\":\"OBJECTS\",\"parentsWish\":\"AGREES\"";
        assertThat(refusal(leader, caseId, "team-briefing", briefing + "}", 409))
                .isEqualTo("class-discussion-against-objection-needs-reason");
        step(leader, caseId, "team-briefing", briefing + ",\"discussionReason\":\"De klas weet het al.\"}");

        // the classmate who received it is told to delete it; the forwarder is no bystander
        assertThat(refusal(leader, caseId, "bystander-conversations", "{" + AT + ",\"bystander\":\"P-5602\","
                + "\"toldToDelete\":true,\"toldNotToShare\":true}", 409)).isEqualTo("not-a-bystander");
        long version = step(leader, caseId, "bystander-conversations", "{" + AT + ",\"bystander\":\"P-5603\","
                + "\"toldToDelete\":true,\"toldNotToShare\":true}");
        JsonNode view = viewAt(leader, caseId, version);
        assertThat(line(view, "BYSTANDER_CONVERSATIONS").get("state").asText()).isEqualTo("DONE");
        assertThat(line(view, "TAKEDOWN").get("state").asText()).as("the image was forwarded").isEqualTo("OPEN");
        assertThat(line(view, "TAKEDOWN").get("required").asBoolean()).isTrue();

        version = step(leader, caseId, "takedown", "{" + AT + ",\"reportedTo\":\"PLATFORM_REPORT\",\"outcome\":\"PENDING\"}");
        assertThat(line(viewAt(leader, caseId, version), "TAKEDOWN").get("state").asText()).isEqualTo("DONE");
    }

    @Test
    void a_deadline_set_on_the_last_school_day_before_the_christmas_holiday_falls_after_it() {
        String caseId = report("2025-12-19T09:00:00Z", true, "P-5501", "VICTIM", null, null);

        JsonNode view = viewAt(leader, caseId, 1);
        assertThat(line(view, "VICTIM_CONVERSATION").get("dueAt").asText()).startsWith("2026-01-05T09:00");
    }

    private static String report(String cameToLightAt, boolean minorNude, String first, String firstRole, String second,
                                 String secondRole) {
        String pupils = "{\"pupilRef\":\"" + first + "\",\"role\":\"" + firstRole + "\"}"
                + (second == null ? "" : ",{\"pupilRef\":\"" + second + "\",\"role\":\"" + secondRole + "\"}");
        GatewayClient.Response accepted = leader.post("/api/cases", """
                {"schoolId":"%s","cameToLightAt":"%s","cameToLightHow":"VICTIM_TOLD_STAFF","materialKind":"PHOTO",
                 "platforms":["SNAPCHAT"],"minorNudeInvolved":%s,"involvedPupils":[%s],"yearGroups":["3"]}"""
                .formatted(SCHOOL, cameToLightAt, minorNude, pupils), Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        return accepted.json().get("caseId").asText();
    }

    private static long step(GatewayClient who, String caseId, String step, String body) {
        GatewayClient.Response response = who.post("/api/cases/" + caseId + "/" + step, body, Map.of());
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
        return response.json().get("version").asLong();
    }

    /** One person's facts as the person-facts step takes them; this school's pupils are in secondary education (VO). */
    private static String facts(String person, int age, String affiliation, String... acts) {
        String actList = Stream.of(acts).map(act -> "\"" + act + "\"").collect(Collectors.joining(","));
        return "{" + AT + ",\"person\":\"" + person + "\",\"facts\":{\"acts\":[" + actList + "],\"age\":" + age
                + ",\"affiliation\":\"" + affiliation + "\"" + (PUPIL.equals(affiliation) ? ",\"sector\":\"VO\"" : "")
                + "}}";
    }

    /** Records each person's facts, then the assessment (the meldcode not applying): the version it leads to. */
    private static long assessedAfter(GatewayClient who, String caseId, String... factsOfEachPerson) {
        for (String facts : factsOfEachPerson) {
            step(who, caseId, "person-facts", facts);
        }
        return step(who, caseId, "assessment", "{" + AT + ",\"meldcodeApplies\":false}");
    }

    /** The refusal's code (the field of the first error for a 400). */
    private static String refusal(GatewayClient who, String caseId, String step, String body, int status) {
        GatewayClient.Response response = who.post("/api/cases/" + caseId + "/" + step, body, Map.of());
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(status);
        JsonNode problem = response.json();
        return problem.has("code") ? problem.get("code").asText() : problem.path("errors").path(0).path("field").asText();
    }

    private static JsonNode viewAt(GatewayClient who, String caseId, long version) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> who.get("/api/cases/" + caseId),
                        r -> r.status() == 200 && r.json().get("version").asLong() >= version)
                .json();
    }

    private static List<String> findings(JsonNode view, String ref) {
        JsonNode person = StreamSupport.stream(view.get("people").spliterator(), false)
                .filter(p -> p.get("ref").asText().equals(ref)).findFirst().orElseThrow();
        return StreamSupport.stream(person.get("findings").spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode line(JsonNode view, String step) {
        return StreamSupport.stream(view.get("checklist").spliterator(), false)
                .filter(l -> l.get("step").asText().equals(step)).findFirst().orElseThrow();
    }
}
