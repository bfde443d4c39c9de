package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.NotificationEvent;
import nl.schoolboard.sexting.contracts.NotificationEvent.DeliveryRecorded;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.notification.messaging.ConsumerGroups;
import nl.schoolboard.sexting.platform.scheduling.OneInstanceScheduling;
import org.bson.Document;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static nl.schoolboard.sexting.notification.TestCaseEvents.PERPETRATOR_REF;
import static nl.schoolboard.sexting.notification.TestCaseEvents.VICTIM_REF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each rule from a case event on Kafka to mail in a real SMTP server (GreenMail), the inbox, the deliveries query and
 * the outcomes on Kafka, with the directory filled through its API.
 */
class NotificationRulesIT extends InProcessServices {

    /** When the overdue steps of these tests were due: a Monday morning (09:30 in the Netherlands). */
    private static final Instant DUE = Instant.parse("2025-03-17T08:30:00Z");

    @Autowired
    MongoOperations mongo;

    private record School(String id, String leader, String coordinator, String counsellor, String teacher1,
                          String teacher2, String teacher3, String victimParentNl, String victimParentEn,
                          String perpetratorParent) {

        List<String> everyone() {
            return List.of(leader, coordinator, counsellor, teacher1, teacher2, teacher3, victimParentNl,
                    victimParentEn, perpetratorParent);
        }
    }

    /** A school with its whole directory: leader (nl), coordinator (en), counsellor, three teachers, parents. */
    private School school() {
        School school = new School(newSchool(), address("leider"), address("zorg"), address("vertrouwenspersoon"),
                address("s1"), address("s2"), address("s3"), address("ouder1"), address("parent2"), address("ouder3"));
        staff(school.id(), "L-1", school.leader(), "nl", "SCHOOL_LEADER", "TEAM_MEMBER");
        staff(school.id(), "C-1", school.coordinator(), "en", "CARE_COORDINATOR");
        staff(school.id(), "V-1", school.counsellor(), "nl", "CONFIDENTIAL_COUNSELLOR");
        staff(school.id(), "S-1", school.teacher1(), "nl", "TEAM_MEMBER");
        staff(school.id(), "S-2", school.teacher2(), "en", "TEAM_MEMBER");
        staff(school.id(), "S-3", school.teacher3(), "nl", "TEAM_MEMBER");
        guardians(school.id(), VICTIM_REF, "Mevrouw Jansen", school.victimParentNl(), "nl",
                null, school.victimParentEn(), "en");
        guardians(school.id(), PERPETRATOR_REF, null, school.perpetratorParent(), "nl");
        return school;
    }

    private void publish(CaseEvent event, String school) {
        kafka.publish(Topics.CASE_EVENTS, TestCaseEvents.atSchool(event, school));
    }

    private void awaitHandled() {
        kafka.awaitConsumed(ConsumerGroups.NOTIFICATION_SERVICE, Topics.CASE_EVENTS);
    }

    private static void assertNothingIdentifying(MimeMessage mail) {
        String all = subject(mail) + "\n" + text(mail);
        for (String word : TestCaseEvents.NEVER_IN_A_MESSAGE) {
            assertThat(all).as("mail must not contain %s", word).doesNotContainIgnoringCase(word);
        }
    }

    private static List<JsonNode> rows(JsonNode deliveries, String messageKind) {
        return StreamSupport.stream(deliveries.spliterator(), false)
                .filter(row -> messageKind.equals(row.path("messageKind").asText())).toList();
    }

    // ---- school leader and care coordinator ----------------------------------------------------------------

    @Test
    void a_new_incident_mails_the_leader_in_dutch_and_the_coordinator_in_english_and_nobody_else() {
        School school = school();
        String caseId = TestCaseEvents.newCaseId();

        publish(TestCaseEvents.incidentReported(caseId), school.id());

        MimeMessage leader = awaitMailTo(school.leader(), 1).get(0);
        MimeMessage coordinator = awaitMailTo(school.coordinator(), 1).get(0);
        awaitHandled();
        assertThat(subject(leader)).isEqualTo("Nieuwe melding sexting — actie nodig");
        assertThat(subject(coordinator)).isEqualTo("New sexting report — action needed");
        for (MimeMessage mail : List.of(leader, coordinator)) {
            assertThat(text(mail)).contains(CASE_LINK_BASE + caseId);
            assertNothingIdentifying(mail);
        }
        for (String other : List.of(school.counsellor(), school.teacher1(), school.teacher2(), school.teacher3(),
                school.victimParentNl(), school.victimParentEn(), school.perpetratorParent())) {
            assertThat(mailTo(other)).as("nothing to %s", other).isEmpty();
        }
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> text(m).contains(caseId))
                .flatMap(m -> recipients(m).stream())).containsExactlyInAnyOrder(school.leader(), school.coordinator());
        JsonNode deliveries = deliveriesOf(caseId);
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries).allSatisfy(row -> {
            assertThat(row.get("messageKind").asText()).isEqualTo("INCIDENT_REPORTED");
            assertThat(row.get("status").asText()).isEqualTo("SENT");
            assertThat(row.get("at").isTextual()).isTrue();
        });
        assertThat(deliveries).extracting(row -> row.get("recipientKind").asText() + " " + row.get("recipientRef")
                .asText()).containsExactlyInAnyOrder("SCHOOL_LEADER L-1", "CARE_COORDINATOR C-1");
        assertThat(deliveries.toString()).doesNotContain("@");
    }

    @Test
    void a_school_without_a_leader_or_coordinator_in_the_directory_is_told_at_the_configured_address() {
        String caseId = TestCaseEvents.newCaseId();

        publish(TestCaseEvents.incidentReported(caseId), newSchool());

        await().atMost(PATIENCE).until(() -> mailTo(CARE_STAFF).stream().anyMatch(m -> text(m).contains(caseId)));
        assertThat(deliveriesOf(caseId)).singleElement().satisfies(row -> {
            assertThat(row.get("recipientKind").asText()).isEqualTo("CARE_STAFF");
            assertThat(row.get("recipientRef").isNull()).isTrue();
        });
    }

    @Test
    void an_overdue_step_alerts_the_leader_and_the_coordinator_with_the_step_in_their_language() {
        School school = school();
        String caseId = TestCaseEvents.newCaseId();

        publish(TestCaseEvents.stepOverdue(caseId, "POLICE_CONTACT", DUE), school.id());

        assertThat(subject(awaitMailTo(school.leader(), 1).get(0))).isEqualTo("Stap over tijd: Contact met de politie");
        assertThat(subject(awaitMailTo(school.coordinator(), 1).get(0)))
                .isEqualTo("Step overdue: Contact with the police");
        awaitHandled();
        assertThat(mailTo(school.teacher1())).isEmpty();
        assertThat(mailTo(school.counsellor())).isEmpty();
        assertThat(mailTo(school.victimParentNl())).isEmpty();
        assertNothingIdentifying(mailTo(school.leader()).get(0));
    }

    @Test
    void repeated_alerts_within_the_window_are_merged_and_sent_once_as_a_digest_and_published_as_merged() {
        School school = school();
        String caseId = TestCaseEvents.newCaseId();

        publish(TestCaseEvents.incidentReported(caseId), school.id());
        awaitMailTo(school.leader(), 1);
        publish(TestCaseEvents.stepOverdue(caseId, "VICTIM_CONVERSATION", DUE), school.id());
        publish(TestCaseEvents.stepOverdue(caseId, "TEAM_BRIEFING", DUE), school.id());
        awaitHandled();

        assertThat(mailTo(school.leader())).as("merged, not stacked").hasSize(1);
        assertThat(rows(deliveriesOf(caseId), "STEP_OVERDUE")).hasSize(4)
                .allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("MERGED"));

        List<MimeMessage> leader = awaitMailTo(school.leader(), 2);
        MimeMessage digest = leader.get(1);
        assertThat(subject(digest)).isEqualTo("Overzicht van nieuwe berichten over een sextingmelding (2)");
        assertThat(text(digest)).contains("Stap over tijd: Gesprek met het slachtoffer")
                .contains("Stap over tijd: Het team informeren").contains(CASE_LINK_BASE + caseId);
        assertNothingIdentifying(digest);
        assertThat(subject(awaitMailTo(school.coordinator(), 2).get(1)))
                .isEqualTo("Summary of new messages about a sexting case (2)");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(deliveriesOf(caseId), "ALERT_DIGEST"))
                .hasSize(2).allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("SENT")));
        assertThat(mongo.getCollection(OneInstanceScheduling.COLLECTION)
                .countDocuments(new Document("_id", "notification-digests")))
                .as("the digest rounds run under the one-instance lock").isOne();

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<DeliveryRecorded> outcomes = kafka.readAll(Topics.NOTIFICATION_EVENTS).stream()
                    .filter(r -> caseId.equals(r.key())).map(r -> NotificationEvent.read(r.value())).toList();
            assertThat(outcomes).filteredOn(e -> e.type().equals("NotificationMerged")).hasSize(4)
                    .allSatisfy(e -> assertThat(e.channel()).isEqualTo("EMAIL"));
            assertThat(outcomes).filteredOn(e -> e.type().equals(NotificationEvent.NOTIFICATION_SENT))
                    .extracting(DeliveryRecorded::recipientKind)
                    .containsExactlyInAnyOrder("SCHOOL_LEADER", "CARE_COORDINATOR", "SCHOOL_LEADER",
                            "CARE_COORDINATOR");
        });

        // after the window, the next alert goes out on its own again
        publish(TestCaseEvents.stepOverdue(caseId, "SANCTIONS", DUE), school.id());
        assertThat(subject(awaitMailTo(school.leader(), 3).get(2))).isEqualTo("Stap over tijd: Maatregelen voor de dader(s)");
    }

    // ---- the team ------------------------------------------------------------------------------------------

    @Test
    void a_team_briefing_tells_exactly_the_briefed_staff_by_mail_and_in_their_inbox() {
        School school = school();
        String caseId = TestCaseEvents.newCaseId();

        publish(TestCaseEvents.teamBriefed(caseId, List.of("S-1", "S-2", "S-9"), "MENTOR_CONVERSATION", "S-2"),
                school.id());

        MimeMessage dutch = awaitMailTo(school.teacher1(), 1).get(0);
        MimeMessage english = awaitMailTo(school.teacher2(), 1).get(0);
        awaitHandled();
        assertThat(subject(dutch)).isEqualTo("Briefing voor het team over een incident op school");
        assertThat(text(dutch)).contains(CASE_LINK_BASE + caseId + "/team-briefing")
                .contains("de mentor het incident met de klas bespreekt").doesNotContain("U bent gevraagd");
        assertThat(subject(english)).isEqualTo("Briefing for the team about an incident at school");
        assertThat(text(english)).contains("You have been asked to lead the conversation in class.");
        assertNothingIdentifying(dutch);
        assertNothingIdentifying(english);
        for (String other : List.of(school.leader(), school.coordinator(), school.counsellor(), school.teacher3(),
                school.victimParentNl(), school.perpetratorParent())) {
            assertThat(mailTo(other)).as("nothing to %s", other).isEmpty();
        }

        JsonNode inbox = inboxOf("S-1", school.id());
        assertThat(StreamSupport.stream(inbox.spliterator(), false).filter(i -> caseId.equals(i.get("caseId").asText())))
                .singleElement().satisfies(item -> {
                    assertThat(item.get("kind").asText()).isEqualTo("TEAM_BRIEFING");
                    assertThat(item.get("read").asBoolean()).isFalse();
                    assertThat(item.get("link").asText()).isEqualTo(CASE_LINK_BASE + caseId + "/team-briefing");
                    assertThat(item.get("subject").asText()).isEqualTo(subject(dutch));
                });
        assertThat(inboxOf("S-9", school.id()).findValuesAsText("caseId")).contains(caseId);
        assertThat(inboxOf("S-3", school.id()).findValuesAsText("caseId")).doesNotContain(caseId);

        JsonNode deliveries = deliveriesOf(caseId);
        assertThat(deliveries).hasSize(6).allSatisfy(row -> {
            assertThat(row.get("recipientKind").asText()).isEqualTo("TEAM_MEMBER");
            assertThat(row.get("messageKind").asText()).isEqualTo("TEAM_BRIEFING");
        });
        assertThat(deliveries).extracting(row -> row.get("recipientRef").asText() + " " + row.get("channel").asText()
                + " " + row.get("status").asText()).containsExactlyInAnyOrder(
                "S-1 EMAIL SENT", "S-1 INBOX SENT", "S-2 EMAIL SENT", "S-2 INBOX SENT",
                "S-9 EMAIL FAILED", "S-9 INBOX SENT");
    }

    @Test
    void the_inbox_lists_unread_first_and_a_message_is_marked_read_once_and_only_by_its_owner() {
        String school = newSchool();
        String staffRef = "T-" + Long.toHexString(System.nanoTime());
        TestIdentity owner = TestIdentity.teamMember(staffRef, BOARD, school);
        String firstCase = TestCaseEvents.newCaseId();
        String secondCase = TestCaseEvents.newCaseId();
        publish(TestCaseEvents.teamBriefed(firstCase, List.of(staffRef), "NOT_DISCUSSED", null), school);
        awaitHandled();
        publish(TestCaseEvents.teamBriefed(secondCase, List.of(staffRef), "NOT_DISCUSSED", null), school);
        await().atMost(PATIENCE).until(() -> getJson(owner, "/api/notifications/inbox").size() == 2);

        JsonNode inbox = getJson(owner, "/api/notifications/inbox");
        assertThat(inbox.findValuesAsText("caseId")).as("newest first").containsExactly(secondCase, firstCase);
        String newest = inbox.get(0).get("itemId").asText();

        ResponseEntity<String> read = post(owner, "/api/notifications/inbox/" + newest + "/read");
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode readItem = json(read.getBody());
        assertThat(readItem.get("read").asBoolean()).isTrue();
        String readAt = readItem.get("readAt").asText();
        JsonNode again = json(post(owner, "/api/notifications/inbox/" + newest + "/read").getBody());
        assertThat(again.get("readAt").asText()).as("the first reading counts").isEqualTo(readAt);

        assertThat(getJson(owner, "/api/notifications/inbox").findValuesAsText("caseId"))
                .as("unread first").containsExactly(firstCase, secondCase);
        assertThat(getJson(owner, "/api/notifications/inbox/" + staffRef)).as("the path with their own id")
                .isEqualTo(getJson(owner, "/api/notifications/inbox"));

        TestIdentity colleague = TestIdentity.teamMember("S-OTHER", BOARD, school);
        TestIdentity leader = leaderOf(school);
        for (ResponseEntity<String> notYours : List.of(
                post(colleague, "/api/notifications/inbox/" + newest + "/read"),
                post(colleague, "/api/notifications/inbox/" + staffRef + "/" + newest + "/read"),
                get(leader, "/api/notifications/inbox/" + staffRef))) {
            assertThat(notYours.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(notYours.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(notYours.getBody()).doesNotContain(firstCase).doesNotContain(secondCase);
        }
        assertThat(getJson(colleague, "/api/notifications/inbox").findValuesAsText("caseId"))
                .doesNotContain(firstCase, secondCase);

        TestIdentity sameIdOtherBoard = TestIdentity.teamMember(staffRef, "board-elsewhere", school);
        ResponseEntity<String> otherBoard = send(sameIdOtherBoard, HttpMethod.GET, "/api/notifications/inbox", null,
                null, Map.of("X-Board-Id", BOARD));
        assertThat(json(otherBoard.getBody())).as("the board is the token's, not a header's").isEmpty();
        assertThat(post(sameIdOtherBoard, "/api/notifications/inbox/" + newest + "/read").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ---- parents -------------------------------------------------------------------------------------------

    @Test
    void the_guardians_of_the_pupil_get_the_facts_message_in_their_language_and_no_one_else() {
        School school = school();
        String caseId = TestCaseEvents.newCaseId();

        publish(TestCaseEvents.guardiansInformed(caseId, VICTIM_REF, "POLICE_REPORTING_OPTION"), school.id());

        MimeMessage dutch = awaitMailTo(school.victimParentNl(), 1).get(0);
        MimeMessage english = awaitMailTo(school.victimParentEn(), 1).get(0);
        awaitHandled();
        assertThat(subject(dutch)).isEqualTo("Bericht van school: melding of aangifte bij de politie");
        assertThat(text(dutch)).startsWith("Beste Mevrouw Jansen,").contains("uw kind");
        assertThat(subject(english)).isEqualTo("Message from school: reporting to the police");
        assertThat(text(english)).startsWith("Dear parent or guardian,").contains("your child");
        for (MimeMessage mail : List.of(dutch, english)) {
            assertNothingIdentifying(mail);
            assertThat(text(mail)).doesNotContain(caseId).doesNotContain("http");
        }
        for (String other : List.of(school.perpetratorParent(), school.leader(), school.coordinator(),
                school.teacher1())) {
            assertThat(mailTo(other)).as("nothing to %s", other).isEmpty();
        }
        assertThat(deliveriesOf(caseId)).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("recipientKind").asText()).isEqualTo("GUARDIAN");
            assertThat(row.get("recipientRef").asText()).isEqualTo("guardians of " + VICTIM_REF);
            assertThat(row.get("messageKind").asText()).isEqualTo("GUARDIANS_POLICE_REPORTING_OPTION");
            assertThat(row.get("status").asText()).isEqualTo("SENT");
        });
    }

    @Test
    void guardians_not_in_the_directory_show_as_a_failed_delivery_instead_of_silence() {
        String caseId = TestCaseEvents.newCaseId();

        publish(TestCaseEvents.guardiansInformed(caseId, "P-404", "MEASURES_TAKEN"), newSchool());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveriesOf(caseId)).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("recipientRef").asText()).isEqualTo("guardians of P-404");
                    assertThat(row.get("status").asText()).isEqualTo("FAILED");
                }));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(kafka.readAll(Topics.NOTIFICATION_EVENTS).stream()
                .filter(r -> caseId.equals(r.key())).map(r -> NotificationEvent.read(r.value())))
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(NotificationEvent.NOTIFICATION_FAILED);
                    assertThat(e.recipientKind()).isEqualTo("GUARDIAN");
                }));
    }

    @Test
    void guardians_are_never_told_anything_on_any_other_event() {
        School school = school();
        String caseId = TestCaseEvents.newCaseId();

        publish(TestCaseEvents.incidentReported(caseId), school.id());
        publish(TestCaseEvents.stepOverdue(caseId, "SANCTIONS", DUE), school.id());
        publish(TestCaseEvents.teamBriefed(caseId, List.of("S-1"), "NOT_DISCUSSED", null), school.id());
        publish(TestCaseEvents.stepEvent(caseId, "SanctionImposed", CaseEventJsonNodes.sanction(PERPETRATOR_REF)),
                school.id());
        publish(TestCaseEvents.stepEvent(caseId, "VictimInformedOfReportingOption",
                CaseEventJsonNodes.pupil(VICTIM_REF)), school.id());
        awaitMailTo(school.teacher1(), 1);
        awaitHandled();

        for (String parent : List.of(school.victimParentNl(), school.victimParentEn(), school.perpetratorParent())) {
            assertThat(mailTo(parent)).as("nothing to %s", parent).isEmpty();
        }
        assertThat(deliveriesOf(caseId).findValuesAsText("recipientKind")).doesNotContain("GUARDIAN");
    }

    // ---- guarantees ----------------------------------------------------------------------------------------

    @Test
    void redelivered_records_send_nothing_twice() {
        School school = school();
        String caseId = TestCaseEvents.newCaseId();
        CaseEvent briefed = TestCaseEvents.atSchool(
                TestCaseEvents.teamBriefed(caseId, List.of("S-1"), "NOT_DISCUSSED", null), school.id());
        CaseEvent informed = TestCaseEvents.atSchool(
                TestCaseEvents.guardiansInformed(caseId, PERPETRATOR_REF, "SANCTION_IMPOSED"), school.id());
        kafka.publish(Topics.CASE_EVENTS, briefed);
        kafka.publish(Topics.CASE_EVENTS, informed);
        awaitMailTo(school.teacher1(), 1);
        awaitMailTo(school.perpetratorParent(), 1);
        awaitHandled();

        kafka.publish(Topics.CASE_EVENTS, briefed);
        kafka.publish(Topics.CASE_EVENTS, informed);
        kafka.publish(Topics.CASE_EVENTS, briefed);
        awaitHandled();

        assertThat(mailTo(school.teacher1())).hasSize(1);
        assertThat(mailTo(school.perpetratorParent())).hasSize(1);
        assertThat(inboxOf("S-1", school.id()).findValuesAsText("caseId"))
                .filteredOn(caseId::equals).hasSize(1);
        JsonNode deliveries = deliveriesOf(caseId);
        assertThat(deliveries).hasSize(3)
                .allSatisfy(row -> assertThat(row.get("attempts").asInt()).isEqualTo(1));
        List<ConsumerRecord<String, byte[]>> outcomes = new ArrayList<>(kafka.readAll(Topics.NOTIFICATION_EVENTS));
        assertThat(outcomes).filteredOn(r -> caseId.equals(r.key())).hasSize(3);
    }

    @Test
    void a_guardian_fact_without_a_message_is_dead_lettered_and_the_next_record_is_handled() {
        String school = newSchool();
        String caseId = TestCaseEvents.newCaseId();
        String parent = address("ouder");
        guardians(school, VICTIM_REF, null, parent, "nl");

        publish(TestCaseEvents.guardiansInformed(caseId, VICTIM_REF, "GOSSIP"), school);
        publish(TestCaseEvents.guardiansInformed(caseId, VICTIM_REF, "MEASURES_TAKEN"), school);

        assertThat(subject(awaitMailTo(parent, 1).get(0))).isEqualTo("Bericht van school: de maatregelen van de school");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(kafka.readAll(Topics.CASE_EVENTS_DEAD_LETTER))
                .filteredOn(r -> caseId.equals(r.key())).singleElement()
                .satisfies(r -> assertThat(KafkaTestClient.header(r, "dead-letter-reason"))
                        .isEqualTo("MalformedCaseEvent: there is no message for guardians about GOSSIP")));
        awaitHandled();
        assertThat(mailTo(parent)).hasSize(1);
        assertThat(new String(kafka.readAll(Topics.NOTIFICATION_EVENTS).stream()
                .filter(r -> caseId.equals(r.key())).findFirst().orElseThrow().value(), StandardCharsets.UTF_8))
                .doesNotContain("@").doesNotContain(VICTIM_REF);
    }

    @Test
    void the_case_query_is_described_in_openapi_with_the_inbox_and_the_directory() {
        ResponseEntity<String> docs = get(null, "/api/notifications/v3/api-docs");

        assertThat(docs.getStatusCode()).as("open, for the gateway to expose").isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/notifications/cases/{caseId}", "/api/notifications/inbox",
                "/api/notifications/inbox/{itemId}/read", "/api/notifications/inbox/{staffRef}",
                "/api/notifications/inbox/{staffRef}/{itemId}/read",
                "/api/notifications/privacy/subjects/{schoolId}/{pupilRef}", "/api/notifications/privacy/erasures",
                "/api/notifications/directory/boards/{boardId}/schools/{schoolId}/staff.csv",
                "/api/notifications/directory/boards/{boardId}/schools/{schoolId}/guardians.csv");
        assertThat(docs.getBody()).as("the caller comes from the token, not from a parameter")
                .doesNotContain("\"caller\"").doesNotContain("\"userId\"").doesNotContain("X-Board-Id");
    }
}
