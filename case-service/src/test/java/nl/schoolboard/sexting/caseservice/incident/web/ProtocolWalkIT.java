package nl.schoolboard.sexting.caseservice.incident.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.caseservice.support.CaseEventsReader;
import nl.schoolboard.sexting.caseservice.support.Http;
import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's whole protocol walked for one case over HTTP, from report to close and reopen, with the refusals a
 * user can run into on the way; then what reached Kafka: every step, and none of the words people typed.
 */
class ProtocolWalkIT extends RunningCaseService {

    /** Words typed into free-text fields along the walk; none may leave the case service. */
    private static final List<String> TYPED = List.of("bang dat het verder gaat", "excuses aangeboden",
            "doorgestuurd in de klassengroep", "Er speelt een incident in leerjaar 3", "gedeeld in een nieuwe groep",
            "We nemen dit zeer serieus", "geen herhaling", "schorsing past bij doorsturen", "zus van het slachtoffer");

    private static Map<String, String> as(String role, String board) {
        return Http.caller("user-" + role.toLowerCase(), role, board, "school-walk");
    }

    private static Map<String, String> leader() {
        return as("SCHOOL_LEADER", "board-walk");
    }

    private long step(String caseId, String step, String body) {
        Http.Response response = http().post("/api/cases/" + caseId + "/" + step, body, leader());
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
        return response.json().get("version").asLong();
    }

    @Test
    void the_whole_protocol_is_walked_for_one_case_from_report_to_close() {
        String caseId = http().post("/api/cases", """
                {"schoolId":"school-walk","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"VICTIM_TOLD_STAFF",
                 "materialKind":"PHOTO","platforms":["SNAPCHAT"],"minorNudeInvolved":true,
                 "involvedPupils":[{"pupilRef":"P-1","role":"VICTIM"},{"pupilRef":"P-2","role":"SENDER"}],
                 "yearGroups":["3"]}""", leader()).json().get("caseId").asText();
        String at = "\"occurredAt\":\"2026-11-20T10:00:00Z\"";

        long v = step(caseId, "people", "{" + at + ",\"person\":\"P-3\",\"kind\":\"PUPIL\",\"role\":\"FORWARDER\"}");
        v = step(caseId, "people", "{" + at + ",\"person\":\"P-4\",\"kind\":\"PUPIL\",\"role\":\"BYSTANDER\"}");
        v = step(caseId, "role-changes", "{" + at + ",\"person\":\"P-4\",\"role\":\"REPORTER\",\"reason\":\"zus van het slachtoffer\"}");
        v = step(caseId, "victim-conversation", "{" + at + ",\"victim\":\"P-1\",\"parentsPresent\":true,"
                + "\"attendeeRoles\":[\"CARE_COORDINATOR\"],\"concerns\":\"bang dat het verder gaat\","
                + "\"perpetratorsKnown\":true,\"measuresPromised\":\"verspreidingsverbod\"}");
        v = step(caseId, "support", "{" + at + ",\"recipient\":\"VICTIM\",\"kind\":\"INTERNAL_CARE\"}");
        for (String perpetrator : List.of("P-2", "P-3")) {
            v = step(caseId, "perpetrator-conversations", "{" + at + ",\"person\":\"" + perpetrator
                    + "\",\"parentsPresent\":true,\"offenceExplained\":true,\"notes\":\"excuses aangeboden\"}");
            v = step(caseId, "sanctions", "{" + at + ",\"person\":\"" + perpetrator + "\",\"kind\":\"SUSPENSION\","
                    + "\"from\":\"2026-11-23\",\"until\":\"2026-11-24\",\"reason\":\"schorsing past bij doorsturen\"}");
            for (String formality : List.of("DECISION_LETTER_SENT", "INSPECTIE_NOTIFIED")) {
                v = step(caseId, "sanction-formalities", "{" + at + ",\"person\":\"" + perpetrator
                        + "\",\"formality\":\"" + formality + "\"}");
            }
        }
        v = step(caseId, "police-contact", "{" + at + ",\"decision\":\"MELDING\",\"decidedByRole\":\"SCHOOL_LEADER\",\"policeReference\":\"PL09-123\",\"victimWish\":\"WANTS_REPORT\",\"parentsWish\":\"WANTS_REPORT\"}");
        v = step(caseId, "reporting-option", "{" + at + ",\"parentsInformed\":true}");
        v = step(caseId, "evidence-location", "{" + at + ",\"location\":\"WITH_POLICE\"}");
        v = step(caseId, "distribution-ban", "{" + at + ",\"scope\":\"SCHOOL\",\"sanctionAnnounced\":true}");
        v = step(caseId, "further-distribution", "{" + at + ",\"person\":\"P-3\",\"description\":\"doorgestuurd in de klassengroep\"}");
        v = step(caseId, "team-briefing", "{" + at + ",\"staff\":[\"S-1\",\"S-2\"],\"sharedSummary\":\"Er speelt een incident in leerjaar 3\","
                + "\"namesShared\":false,\"classDiscussion\":\"MENTOR_CONVERSATION\",\"discussionLead\":\"S-1\",\"victimWish\":\"AGREES\",\"parentsWish\":\"AGREES\"}");
        v = step(caseId, "spokesperson", "{" + at + ",\"staffMember\":\"S-7\"}");
        v = step(caseId, "press-statement", "{" + at + ",\"text\":\"We nemen dit zeer serieus en hebben maatregelen genomen.\","
                + "\"approvedByRole\":\"SCHOOL_LEADER\"}");
        v = step(caseId, "takedown", "{" + at + ",\"reportedTo\":\"PLATFORM_REPORT\",\"outcome\":\"REMOVED\"}");
        for (int followUp = 0; followUp < 2; followUp++) {
            v = step(caseId, "aftercare-conversations", "{" + at + ",\"victim\":\"P-1\",\"notes\":\"gaat beter\"}");
        }
        v = step(caseId, "guardians-informed", "{" + at + ",\"pupil\":\"P-1\",\"fact\":\"POLICE_REPORTING_OPTION\"}");
        long beforeClose = v;
        v = step(caseId, "close", "{\"occurredAt\":\"2026-11-24T15:00:00Z\",\"outcome\":\"RESOLVED\",\"evaluation\":\"geen herhaling\","
                + "\"skippedStepReasons\":{}}");
        assertThat(v).isEqualTo(beforeClose + 1);

        Http.Response afterClose = http().post("/api/cases/" + caseId + "/distribution-ban", "{" + at + ",\"scope\":\"CLASS\"}", leader());
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(afterClose.json().get("type").asText()).endsWith("protocol/case-closed");
        v = step(caseId, "reopen", "{\"occurredAt\":\"2026-11-24T16:00:00Z\",\"reason\":\"gedeeld in een nieuwe groep\"}");

        long stored = mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", caseId));
        assertThat(stored).isEqualTo(v + 1);

        try (CaseEventsReader reader = new CaseEventsReader(kafka)) {
            List<ConsumerRecord<String, CaseEvent>> records = reader.readUntil(
                    all -> all.stream().filter(r -> r.key().equals(caseId)).count() == stored, Duration.ofSeconds(30));
            List<CaseEvent> events = records.stream().filter(r -> r.key().equals(caseId)).map(ConsumerRecord::value).toList();
            assertThat(events).hasSize((int) stored);
            assertThat(events.stream().map(CaseEvent::type).collect(Collectors.toSet())).contains(
                    "IncidentReported", "DeadlinesSet", "PersonLinked", "PersonRoleChanged", "VictimInterviewed",
                    "SupportArranged", "PerpetratorInterviewed", "SanctionImposed", "PoliceContacted",
                    "VictimInformedOfReportingOption", "EvidenceSecured", "DistributionBanIssued",
                    "FurtherDistributionReported", "TeamBriefed", "SpokespersonAppointed", "PressStatementPrepared",
                    "GuardiansInformed", "CaseClosed", "CaseReopened");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.boardId()).isEqualTo("board-walk");
                assertThat(e.schoolId()).isEqualTo("school-walk");
            });
            String everything = events.stream().map(e -> new String(CaseEventJson.write(e))).collect(Collectors.joining("\n"));
            assertThat(TYPED).allSatisfy(words -> assertThat(everything).doesNotContain(words));
            CaseEvent sanction = events.stream().filter(e -> e.type().equals("SanctionImposed")).findFirst().orElseThrow();
            assertThat(sanction.payload().get("person").asText()).isIn("P-2", "P-3");
            assertThat(sanction.payload().get("kind").asText()).isEqualTo("SUSPENSION");
        }
    }

    @Test
    void the_refusals_along_the_way_say_what_is_wrong() {
        String caseId = http().post("/api/cases", """
                {"schoolId":"school-walk","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"PUPIL_TOLD_STAFF",
                 "materialKind":"VIDEO","minorNudeInvolved":false,
                 "involvedPupils":[{"pupilRef":"P-1","role":"VICTIM"}]}""", leader()).json().get("caseId").asText();
        String at = "\"occurredAt\":\"2026-11-20T10:00:00Z\"";

        Http.Response image = http().post("/api/cases/" + caseId + "/victim-conversation", "{" + at
                + ",\"victim\":\"P-1\",\"concerns\":\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUg\"}", leader());
        assertThat(image.status()).isEqualTo(400);
        assertThat(image.json().get("errors").get(0).get("field").asText()).isEqualTo("concerns");
        assertThat(image.json().get("errors").get(0).get("message").asText()).contains("nooit bewaren", "strafbaar");

        Http.Response sanction = http().post("/api/cases/" + caseId + "/sanctions", "{" + at
                + ",\"person\":\"P-1\",\"kind\":\"WARNING\",\"reason\":\"x\"}", leader());
        assertThat(sanction.status()).isEqualTo(409);
        assertThat(sanction.json().get("type").asText()).endsWith("protocol/not-a-perpetrator");

        Http.Response badEnum = http().post("/api/cases/" + caseId + "/distribution-ban", "{" + at + ",\"scope\":\"CITY\"}", leader());
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("field").asText()).isEqualTo("scope");

        Http.Response close = http().post("/api/cases/" + caseId + "/close", "{" + at + ",\"outcome\":\"RESOLVED\"}", leader());
        assertThat(close.status()).isEqualTo(409);
        assertThat(close.json().get("openSteps")).extracting(JsonNode::asText)
                .contains("VICTIM_CONVERSATION", "DISTRIBUTION_BAN", "TEAM_BRIEFING");

        Map<String, String> retry = leader();
        retry.put("Idempotency-Key", "ban-once");
        Http.Response first = http().post("/api/cases/" + caseId + "/distribution-ban", "{" + at + ",\"scope\":\"CLASS\"}", retry);
        Http.Response again = http().post("/api/cases/" + caseId + "/distribution-ban", "{" + at + ",\"scope\":\"CLASS\"}", retry);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong());

        Map<String, String> stale = leader();
        stale.put("If-Match", "\"1\"");
        Http.Response conflict = http().post("/api/cases/" + caseId + "/team-briefing", "{" + at
                + ",\"staff\":[\"S-1\"],\"sharedSummary\":\"incident\",\"classDiscussion\":\"NOT_DISCUSSED\"}", stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("currentVersion").asLong()).isEqualTo(first.json().get("version").asLong());

        Http.Response otherBoard = http().post("/api/cases/" + caseId + "/distribution-ban", "{" + at + ",\"scope\":\"CLASS\"}",
                as("SCHOOL_LEADER", "board-other"));
        assertThat(otherBoard.status()).isEqualTo(404);

        Http.Response noCase = http().post("/api/cases/no-such-case/distribution-ban", "{" + at + ",\"scope\":\"CLASS\"}", leader());
        assertThat(noCase.status()).isEqualTo(404);

        Http.Response noStep = http().post("/api/cases/" + caseId + "/coffee", "{}", leader());
        assertThat(noStep.status()).isEqualTo(404);
        assertThat(noStep.json().get("type").asText()).endsWith("/unknown-step");
    }
}
