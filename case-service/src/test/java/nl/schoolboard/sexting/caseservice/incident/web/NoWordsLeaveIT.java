package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.caseservice.support.CaseEventsReader;
import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, hole 2: every step walked with a name in every string field. A field that must hold a code, a
 * reference or a year group refuses the name (400, naming the field); a free text takes it, encrypted for its
 * subject. Then the case's records on {@code case-events} and its entries in the audit trail, which can never be
 * erased, are read for the name: it is in neither.
 */
class NoWordsLeaveIT extends RunningCaseService {

    /** A name as a user might type it where a role, a reference or a label belongs. */
    private static final String MARKER = "MARKER-Jan de Vries";
    /** A name shaped like a reference: letters and dashes only, as the old reference shape let through. */
    private static final String NAME_AS_REFERENCE = "Jan-de-Vries";
    private static final String AT = "\"occurredAt\":\"2026-11-20T10:00:00Z\"";

    private final List<String> refusedFields = new ArrayList<>();

    private static Map<String, String> leader() {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Actor-Id", "leader-1");
        headers.put("X-Actor-Role", "SCHOOL_LEADER");
        headers.put("X-Board-Id", "board-marker");
        headers.put("X-Actor-Schools", "school-marker");
        return headers;
    }

    /** The step with a name where it does not belong: refused, naming each such field. */
    private void refused(String caseId, String step, String body, String... fields) {
        Http.Response response = http().post("/api/cases/" + caseId + "/" + step, body, leader());
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(400);
        List<String> named = StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .map(error -> error.get("field").asText()).toList();
        assertThat(named).as(step).contains(fields);
        refusedFields.addAll(List.of(fields));
    }

    /** The step with the name only in its free texts: taken. */
    private void taken(String caseId, String step, String body) {
        Http.Response response = http().post("/api/cases/" + caseId + "/" + step, body, leader());
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
    }

    private void takenByTheBoard(String caseId, String step, String body) {
        Map<String, String> board = new HashMap<>();
        board.put("X-Actor-Id", "board-admin-1");
        board.put("X-Actor-Role", "BOARD_ADMINISTRATOR");
        board.put("X-Board-Id", "board-marker");
        Http.Response response = http().post("/api/cases/" + caseId + "/" + step, body, board);
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    @Test
    void a_name_in_every_string_field_of_every_step_reaches_neither_case_events_nor_the_audit_trail() {
        String report = """
                {"schoolId":"school-marker","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"VICTIM_TOLD_STAFF",
                 "materialKind":"PHOTO","platforms":["SNAPCHAT"],"minorNudeInvolved":true,
                 "involvedPupils":[{"pupilRef":%s,"role":"VICTIM"},{"pupilRef":"P-2","role":"SENDER"}],
                 "yearGroups":[%s]}""";
        Http.Response namedReport = http().post("/api/cases", report.formatted(quoted(NAME_AS_REFERENCE), quoted(MARKER)),
                leader());
        assertThat(namedReport.status()).as(namedReport.body()).isEqualTo(400);
        assertThat(namedReport.body()).contains("involvedPupils[0].pupilRef", "yearGroups[0]");
        Http.Response yearGroupAsName = http().post("/api/cases", report.formatted("\"P-1\"", "\"Jan\""), leader());
        assertThat(yearGroupAsName.status()).as(yearGroupAsName.body()).isEqualTo(400);
        String caseId = http().post("/api/cases", report.formatted("\"P-1\"", "\"havo 4\""), leader())
                .json().get("caseId").asText();

        String m = quoted(MARKER);
        refused(caseId, "people", "{" + AT + ",\"person\":" + m + ",\"kind\":\"PUPIL\",\"role\":\"FORWARDER\"}", "person");
        refused(caseId, "people", "{" + AT + ",\"person\":\"" + NAME_AS_REFERENCE + "\",\"kind\":\"PUPIL\",\"role\":\"FORWARDER\"}",
                "person");
        taken(caseId, "people", "{" + AT + ",\"person\":\"P-3\",\"kind\":\"PUPIL\",\"role\":\"FORWARDER\"}");
        taken(caseId, "people", "{" + AT + ",\"person\":\"S-9\",\"kind\":\"STAFF\",\"role\":\"STAFF_MEMBER\"}");
        refused(caseId, "role-changes", "{" + AT + ",\"person\":" + m + ",\"role\":\"SENDER\",\"reason\":" + m + "}", "person");
        taken(caseId, "role-changes", "{" + AT + ",\"person\":\"P-3\",\"role\":\"SENDER\",\"reason\":" + m + "}");
        refused(caseId, "victim-conversation", "{" + AT + ",\"victim\":" + m + ",\"parentsPresent\":true,"
                + "\"attendeeRoles\":[\"MENTOR\"," + m + "],\"concerns\":" + m + ",\"perpetratorsKnown\":true,"
                + "\"measuresPromised\":" + m + "}", "victim", "attendeeRoles[1]");
        taken(caseId, "victim-conversation", "{" + AT + ",\"victim\":\"P-1\",\"parentsPresent\":true,"
                + "\"attendeeRoles\":[\"MENTOR\",\"PARENTS\"],\"concerns\":" + m + ",\"perpetratorsKnown\":true,"
                + "\"measuresPromised\":" + m + "}");
        taken(caseId, "support", "{" + AT + ",\"recipient\":\"VICTIM\",\"kind\":\"INTERNAL_CARE\"}");
        refused(caseId, "perpetrator-conversations", "{" + AT + ",\"person\":" + m
                + ",\"parentsPresent\":true,\"offenceExplained\":true,\"notes\":" + m + "}", "person");
        refused(caseId, "sanctions", "{" + AT + ",\"person\":" + m + ",\"kind\":\"SUSPENSION\","
                + "\"from\":\"2026-11-23\",\"until\":\"2026-11-24\",\"reason\":" + m + "}", "person");
        for (String perpetrator : List.of("P-2", "P-3")) {
            taken(caseId, "perpetrator-conversations", "{" + AT + ",\"person\":\"" + perpetrator
                    + "\",\"parentsPresent\":true,\"offenceExplained\":true,\"notes\":" + m + "}");
            taken(caseId, "sanctions", "{" + AT + ",\"person\":\"" + perpetrator + "\",\"kind\":\"SUSPENSION\","
                    + "\"from\":\"2026-11-23\",\"until\":\"2026-11-24\",\"reason\":" + m + "}");
            for (String formality : List.of("DECISION_LETTER_SENT", "INSPECTIE_NOTIFIED")) {
                taken(caseId, "sanction-formalities", "{" + AT + ",\"person\":\"" + perpetrator + "\",\"formality\":\""
                        + formality + "\"}");
            }
        }
        // the teacher is suspected: the facts and the assessment, with the name in their reasons only
        taken(caseId, "person-facts", "{" + AT + ",\"person\":\"S-9\",\"facts\":{\"acts\":[\"ASKED_OR_PRESSURED\"],"
                + "\"affiliation\":\"STAFF\",\"age\":40},\"reason\":" + m + "}");
        refused(caseId, "assessment", "{" + AT + ",\"deviations\":[{\"person\":" + m + ",\"findings\":[]}]}",
                "deviations[0].person");
        taken(caseId, "assessment", "{" + AT + ",\"meldcodeApplies\":false,\"reason\":" + m + "}");
        taken(caseId, "perpetrator-conversations", "{" + AT + ",\"person\":\"S-9\",\"parentsPresent\":false,"
                + "\"offenceExplained\":true,\"notes\":" + m + "}");
        refused(caseId, "police-contact", "{" + AT + ",\"decision\":\"MELDING\",\"decidedByRole\":" + m
                + ",\"policeReference\":\"PL09-1\"}", "decidedByRole");
        taken(caseId, "police-contact", "{" + AT + ",\"decision\":\"MELDING\",\"decidedByRole\":\"SCHOOL_LEADER\","
                + "\"policeReference\":\"PL09-1\",\"victimWish\":\"NOT_ASKED\",\"parentsWish\":\"DOES_NOT_WANT\"}");
        taken(caseId, "reporting-option", "{" + AT + ",\"parentsInformed\":true}");
        taken(caseId, "evidence-location", "{" + AT + ",\"location\":\"WITH_POLICE\"}");
        taken(caseId, "distribution-ban", "{" + AT + ",\"scope\":\"SCHOOL\",\"sanctionAnnounced\":true}");
        refused(caseId, "further-distribution", "{" + AT + ",\"person\":" + m + ",\"description\":" + m + "}", "person");
        taken(caseId, "further-distribution", "{" + AT + ",\"person\":\"P-3\",\"description\":" + m + "}");
        refused(caseId, "team-briefing", "{" + AT + ",\"staff\":[" + m + "],\"sharedSummary\":\"Er speelt een incident\","
                + "\"namesShared\":false,\"classDiscussion\":\"MENTOR_CONVERSATION\",\"discussionLead\":" + m + "}",
                "staff[0]", "discussionLead");
        taken(caseId, "team-briefing", "{" + AT + ",\"staff\":[\"S-1\"],\"sharedSummary\":\"Er speelt een incident\","
                + "\"namesShared\":false,\"classDiscussion\":\"MENTOR_CONVERSATION\",\"discussionLead\":\"S-1\",\"victimWish\":\"AGREES\",\"parentsWish\":\"OBJECTS\",\"discussionReason\":" + m + "}");
        taken(caseId, "takedown", "{" + AT + ",\"reportedTo\":\"HELPWANTED\",\"outcome\":\"REMOVED\"}");
        refused(caseId, "aftercare-conversations", "{" + AT + ",\"victim\":" + m + ",\"notes\":" + m + "}", "victim");
        for (int followUp = 0; followUp < 2; followUp++) {
            taken(caseId, "aftercare-conversations", "{" + AT + ",\"victim\":\"P-1\",\"notes\":" + m + "}");
        }
        refused(caseId, "spokesperson", "{" + AT + ",\"staffMember\":" + m + "}", "staffMember");
        taken(caseId, "spokesperson", "{" + AT + ",\"staffMember\":\"S-7\"}");
        refused(caseId, "press-statement", "{" + AT + ",\"text\":\"We nemen dit serieus.\",\"approvedByRole\":" + m + "}",
                "approvedByRole");
        taken(caseId, "press-statement", "{" + AT + ",\"text\":\"We nemen dit serieus.\",\"approvedByRole\":\"SCHOOL_LEADER\"}");
        refused(caseId, "guardians-informed", "{" + AT + ",\"pupil\":" + m + ",\"fact\":\"POLICE_REPORTING_OPTION\"}", "pupil");
        taken(caseId, "guardians-informed", "{" + AT + ",\"pupil\":\"P-1\",\"fact\":\"POLICE_REPORTING_OPTION\"}");
        refused(caseId, "guardians-invitation", "{" + AT + ",\"pupil\":" + m + ",\"conversationAt\":\"2099-01-01T10:00:00Z\","
                + "\"place\":\"AT_SCHOOL\",\"hosts\":[" + m + "]}", "pupil", "hosts[0]");
        taken(caseId, "guardians-invitation", "{" + AT + ",\"pupil\":\"P-1\",\"conversationAt\":\"2099-01-01T10:00:00Z\","
                + "\"place\":\"AT_SCHOOL\",\"hosts\":[\"MENTOR\"]}");
        taken(caseId, "board-informed", "{" + AT + "}");
        // the board's own role records the rest of its track, in the law's order
        takenByTheBoard(caseId, "confidential-inspector-consulted", "{" + AT + "}");
        takenByTheBoard(caseId, "aangifte-decision", "{" + AT + ",\"aangifteFiled\":false,\"reason\":" + m + "}");
        refused(caseId, "access-grants", "{" + AT + ",\"grantee\":" + m + ",\"until\":\"2099-01-01T00:00:00Z\"}", "grantee");
        taken(caseId, "access-grants", "{" + AT + ",\"grantee\":\"care-worker-7\",\"until\":\""
                + java.time.Instant.now().plus(Duration.ofDays(1)) + "\"}");
        refused(caseId, "access-revocations", "{" + AT + ",\"grantee\":" + m + "}", "grantee");
        taken(caseId, "access-revocations", "{" + AT + ",\"grantee\":\"care-worker-7\"}");
        // a step that has no field but its moment: skipped instead, with the name as reason
        taken(caseId, "skipped-steps", "{" + AT + ",\"step\":\"AANGIFTE_ANNOUNCED\",\"reason\":" + m + "}");
        taken(caseId, "close", "{\"occurredAt\":\"2026-11-24T15:00:00Z\",\"outcome\":\"RESOLVED\",\"evaluation\":" + m
                + ",\"skippedStepReasons\":{}}");
        taken(caseId, "reopen", "{\"occurredAt\":\"2026-11-24T16:00:00Z\",\"reason\":" + m + "}");

        long stored = mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", caseId));
        try (CaseEventsReader reader = new CaseEventsReader(kafka)) {
            List<ConsumerRecord<String, CaseEvent>> records = reader.readUntil(
                    all -> all.stream().filter(r -> r.key().equals(caseId)).count() == stored, Duration.ofSeconds(30));
            String published = records.stream().filter(r -> r.key().equals(caseId))
                    .map(r -> new String(CaseEventJson.write(r.value()))).collect(Collectors.joining("\n"));
            assertThat(published).contains("\"MENTOR\"", "\"PARENTS\"", "SCHOOL_LEADER", "care-worker-7")
                    .doesNotContain("MARKER", "Vries");
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.getCollection("audit_trail").countDocuments(new Document("caseId", caseId)) >= stored);
        String audited = StreamSupport.stream(mongo.getCollection("audit_trail").find(new Document("caseId", caseId))
                .spliterator(), false).map(Document::toJson).collect(Collectors.joining("\n"));
        assertThat(audited).contains("CaseAccessRevoked").doesNotContain("MARKER", "Vries");
        assertThat(refusedFields).hasSizeGreaterThanOrEqualTo(14);
    }

    @SuppressWarnings("unused")
    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText()).toList();
    }
}
