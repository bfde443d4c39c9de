package nl.schoolboard.sexting.systemtests;

import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventDeserializer;
import nl.schoolboard.sexting.contracts.NotificationEvent;
import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.localstack.LocalStack;
import nl.schoolboard.sexting.localstack.ReceivedMail;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static nl.schoolboard.sexting.systemtests.RunningSystem.awaitMail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notification rules through the gateway on the real local stack (KRaft broker, MongoDB-wire store, SMTP sink,
 * every service a process of its own): a school fills its contact directory with CSV files, reports an incident,
 * briefs the team and records its decision to inform a victim's parents; the SMTP server shows who got what (and
 * that nobody else got anything, and that no mail carries a pupil reference), the deliveries query shows what each
 * recipient was told, and Kafka records delivered again send nothing twice. A second scenario lets the case
 * service's deadline watch raise overdue alerts right after the report, and shows them merged rather than stacked.
 *
 * <p>Every school, staff reference, pupil reference and address is this run's own: the stack is shared with the
 * other system tests.
 */
class NotificationRulesSystemIT {

    private static final String BOARD = "board-1";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SCHOOL = "school-notify-" + RUN;
    private static final String OVERDUE_SCHOOL = "school-overdue-" + RUN;
    private static final String CONFIGURED_CARE_STAFF = "zorg@school.example";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    // this run's people: staff and pupils by reference, never by name
    private static final String LEADER_REF = "L1-" + RUN;
    private static final String COORDINATOR_REF = "C1-" + RUN;
    private static final String BRIEFED_REF = "S1-" + RUN;
    private static final String NOT_BRIEFED_REF = "S2-" + RUN;
    private static final String VICTIM = "P1-" + RUN;
    private static final String SENDER = "P2-" + RUN;

    private static final String LEADER = "leider-" + RUN + "@school.example";
    private static final String COORDINATOR = "zorg-" + RUN + "@school.example";
    private static final String BRIEFED = "docent1-" + RUN + "@school.example";
    private static final String NOT_BRIEFED = "docent2-" + RUN + "@school.example";
    private static final String VICTIM_PARENT_NL = "ouder1-" + RUN + "@thuis.example";
    private static final String VICTIM_PARENT_EN = "parent2-" + RUN + "@home.example";
    private static final String SENDER_PARENT = "ouder3-" + RUN + "@thuis.example";
    private static final List<String> EVERYONE = List.of(LEADER, COORDINATOR, BRIEFED, NOT_BRIEFED, VICTIM_PARENT_NL,
            VICTIM_PARENT_EN, SENDER_PARENT);

    static LocalStack stack;
    static GatewayClient leader;
    static GatewayClient briefed;
    static GatewayClient notBriefed;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = RunningSystem.stack();
        leader = new GatewayClient(stack.gatewayUrl(), GatewayClient.token(stack.issuerUrl(), Map.of(
                "sub", "user-leader-" + RUN, "board", BOARD, "schools", List.of(SCHOOL, OVERDUE_SCHOOL),
                "roles", List.of("SCHOOL_LEADER"), "name", "leader")));
        briefed = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), BRIEFED_REF, "TEAM_MEMBER", BOARD,
                List.of(SCHOOL));
        notBriefed = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), NOT_BRIEFED_REF, "TEAM_MEMBER",
                BOARD, List.of(SCHOOL));
    }

    @Test
    void each_rule_holds_through_the_gateway_with_real_smtp_and_a_redelivered_record_sends_nothing_twice() {
        // the directory: a file with one bad row imports nothing and says where
        GatewayClient.Response rejected = leader.postCsv(directory(SCHOOL) + "/staff.csv", """
                staffRef,roles,email,language
                %s,SCHOOL_LEADER,%s,nl
                %s,CARE_COORDINATOR,not-an-address,en
                """.formatted(LEADER_REF, LEADER, COORDINATOR_REF));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(rejected.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = rejected.json();
        assertThat(problem.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("row").asInt()).isEqualTo(3);
            assertThat(error.get("field").asText()).isEqualTo("email");
        });
        assertThat(leader.get(directory(SCHOOL) + "/staff").json()).as("nothing imported").isEmpty();

        GatewayClient.Response staff = leader.postCsv(directory(SCHOOL) + "/staff.csv", """
                staffRef;roles;email;language
                %s;SCHOOL_LEADER|TEAM_MEMBER;%s;nl
                %s;CARE_COORDINATOR;%s;en
                %s;TEAM_MEMBER;%s;nl
                %s;TEAM_MEMBER;%s;en
                """.formatted(LEADER_REF, LEADER, COORDINATOR_REF, COORDINATOR, BRIEFED_REF, BRIEFED,
                NOT_BRIEFED_REF, NOT_BRIEFED));
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);
        GatewayClient.Response guardians = leader.postCsv(directory(SCHOOL) + "/guardians.csv", """
                pupilRef,name,email,language
                %s,Mevrouw Jansen,%s,nl
                %s,,%s,en
                %s,,%s,nl
                """.formatted(VICTIM, VICTIM_PARENT_NL, VICTIM, VICTIM_PARENT_EN, SENDER, SENDER_PARENT));
        assertThat(guardians.status()).as(guardians.body()).isEqualTo(200);
        assertThat(leader.get(directory(SCHOOL) + "/staff").json().findValuesAsText("staffRef")).hasSize(4);

        // a new incident: the school leader (Dutch) and the care coordinator (English), nobody else
        String caseId = report(SCHOOL, Instant.now().minus(5, ChronoUnit.MINUTES));
        ReceivedMail toLeader = awaitMail(PATIENCE, mail -> mail.to().contains(LEADER) && mail.body().contains(caseId));
        ReceivedMail toCoordinator = awaitMail(PATIENCE,
                mail -> mail.to().contains(COORDINATOR) && mail.body().contains(caseId));
        assertThat(toLeader.subject()).isEqualTo("Nieuwe melding sexting — actie nodig");
        assertThat(toCoordinator.subject()).isEqualTo("New sexting report — action needed");
        assertThat(toLeader.body()).contains(stack.gatewayUrl() + "/cases/" + caseId);

        // the team briefing: exactly the briefed staff member, by mail and in the in-app inbox
        String sharedSummary = "Er is een incident met beeldmateriaal; de mentoren letten extra op in de klas.";
        GatewayClient.Response briefing = leader.post("/api/cases/" + caseId + "/team-briefing", """
                {"occurredAt":"%s","staff":["%s"],"sharedSummary":"%s","namesShared":false,
                 "classDiscussion":"NOT_DISCUSSED"}""".formatted(Instant.now().minusSeconds(30), BRIEFED_REF,
                sharedSummary), Map.of());
        assertThat(briefing.status()).as(briefing.body()).isEqualTo(200);
        ReceivedMail briefingMail = awaitMail(PATIENCE, mail -> mail.to().contains(BRIEFED));
        assertThat(briefingMail.subject()).isEqualTo("Briefing voor het team over een incident op school");
        assertThat(briefingMail.body()).contains(stack.gatewayUrl() + "/cases/" + caseId + "/team-briefing")
                .as("the shared text never leaves the case service").doesNotContain("mentoren letten extra op");
        // each staff member reads their own inbox, signed in as themselves (the briefing names them by user id)
        JsonNode inbox = await().atMost(PATIENCE).until(
                () -> briefed.get("/api/notifications/inbox").json(), items -> items.size() == 1);
        assertThat(inbox.get(0).get("caseId").asText()).isEqualTo(caseId);
        assertThat(inbox.get(0).get("read").asBoolean()).isFalse();
        String itemId = inbox.get(0).get("itemId").asText();
        assertThat(notBriefed.post("/api/notifications/inbox/" + itemId + "/read", "{}", Map.of()).status())
                .as("someone else's message").isEqualTo(404);
        assertThat(leader.get("/api/notifications/inbox/" + BRIEFED_REF).status())
                .as("someone else's inbox").isEqualTo(404);
        GatewayClient.Response read = briefed.post("/api/notifications/inbox/" + itemId + "/read", "{}", Map.of());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(notBriefed.get("/api/notifications/inbox").json()).isEmpty();

        // the decision to inform the victim's parents of the reporting option: those parents, each in their language
        GatewayClient.Response informed = leader.post("/api/cases/" + caseId + "/guardians-informed", """
                {"occurredAt":"%s","pupil":"%s","fact":"POLICE_REPORTING_OPTION"}"""
                .formatted(Instant.now().minusSeconds(20), VICTIM), Map.of());
        assertThat(informed.status()).as(informed.body()).isEqualTo(200);
        ReceivedMail dutchParent = awaitMail(PATIENCE, mail -> mail.to().contains(VICTIM_PARENT_NL));
        ReceivedMail englishParent = awaitMail(PATIENCE, mail -> mail.to().contains(VICTIM_PARENT_EN));
        assertThat(dutchParent.subject()).isEqualTo("Bericht van school: melding of aangifte bij de politie");
        assertThat(dutchParent.body()).startsWith("Beste Mevrouw Jansen,").contains("uw kind");
        assertThat(englishParent.subject()).isEqualTo("Message from school: reporting to the police");
        assertThat(englishParent.body()).contains("your child").doesNotContain(caseId);

        // who got what, and nobody else; no pupil reference in any mail
        awaitConsumersCaughtUp();
        assertThat(countByRecipient()).isEqualTo(Map.of(LEADER, 1L, COORDINATOR, 1L, BRIEFED, 1L,
                VICTIM_PARENT_NL, 1L, VICTIM_PARENT_EN, 1L));
        assertThat(stack.receivedMail()).filteredOn(mail -> mail.body().contains(caseId))
                .allSatisfy(mail -> assertThat(mail.to()).doesNotContain(CONFIGURED_CARE_STAFF));
        assertThat(stack.receivedMail()).allSatisfy(mail ->
                assertThat(mail.subject() + "\n" + mail.body()).doesNotContain(VICTIM).doesNotContain(SENDER));

        // what each recipient was told and when, as the school leader sees it
        JsonNode deliveries = leader.get("/api/notifications/cases/" + caseId).json();
        assertThat(rows(deliveries)).containsExactlyInAnyOrder(
                "INCIDENT_REPORTED SCHOOL_LEADER " + LEADER_REF + " EMAIL SENT",
                "INCIDENT_REPORTED CARE_COORDINATOR " + COORDINATOR_REF + " EMAIL SENT",
                "TEAM_BRIEFING TEAM_MEMBER " + BRIEFED_REF + " EMAIL SENT",
                "TEAM_BRIEFING TEAM_MEMBER " + BRIEFED_REF + " INBOX SENT",
                "GUARDIANS_POLICE_REPORTING_OPTION GUARDIAN guardians of " + VICTIM + " EMAIL SENT",
                "GUARDIANS_POLICE_REPORTING_OPTION GUARDIAN guardians of " + VICTIM + " EMAIL SENT");
        assertThat(deliveries).allSatisfy(row -> assertThat(row.get("at").isTextual()).isTrue());
        assertThat(deliveries.toString()).doesNotContain("@");

        // the same Kafka records delivered again: nothing is sent twice
        for (ConsumerRecord<String, byte[]> record : caseEvents(caseId, "IncidentReported", "TeamBriefed",
                "GuardiansInformed")) {
            redeliver(record);
        }
        awaitConsumersCaughtUp();
        assertThat(countByRecipient()).isEqualTo(Map.of(LEADER, 1L, COORDINATOR, 1L, BRIEFED, 1L,
                VICTIM_PARENT_NL, 1L, VICTIM_PARENT_EN, 1L));
        JsonNode again = leader.get("/api/notifications/cases/" + caseId).json();
        assertThat(again).hasSize(6).allSatisfy(row -> assertThat(row.get("attempts").asInt()).isEqualTo(1));
        assertThat(briefed.get("/api/notifications/inbox").json()).hasSize(1);
    }

    @Test
    void overdue_alerts_right_after_the_report_are_merged_into_a_digest_not_stacked() {
        String leaderAddress = "leider-overdue-" + RUN + "@school.example";
        String coordinatorAddress = "zorg-overdue-" + RUN + "@school.example";
        GatewayClient.Response staff = leader.postCsv(directory(OVERDUE_SCHOOL) + "/staff.csv", """
                staffRef,roles,email,language
                L9-%s,SCHOOL_LEADER,%s,nl
                C9-%s,CARE_COORDINATOR,%s,en
                """.formatted(RUN, leaderAddress, RUN, coordinatorAddress));
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);

        // came to light a week ago: the deadline watch (every minute) finds its first steps overdue at once
        String caseId = report(OVERDUE_SCHOOL, Instant.now().minus(7, ChronoUnit.DAYS));
        awaitMail(PATIENCE, mail -> mail.to().contains(leaderAddress) && mail.body().contains(caseId));
        awaitMail(PATIENCE, mail -> mail.to().contains(coordinatorAddress) && mail.body().contains(caseId));

        // an alert is recorded as pending, then merged or sent a moment later: wait for both recipients' alerts,
        // none of them still undecided (a pending one read in between says nothing about the rule)
        JsonNode merged = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(
                () -> leader.get("/api/notifications/cases/" + caseId).json(),
                rows -> overdueAlerts(rows).map(row -> row.get("recipientKind").asText()).distinct().count() == 2
                        && overdueAlerts(rows).noneMatch(row -> "PENDING".equals(row.get("status").asText())));
        assertThat(overdueAlerts(merged)).as("within the window after the incident alert: merged, not sent")
                .allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("MERGED"));
        awaitConsumersCaughtUp();
        assertThat(stack.receivedMail()).filteredOn(mail -> mail.to().contains(leaderAddress)).hasSize(1);
        assertThat(stack.receivedMail()).filteredOn(mail -> mail.to().contains(coordinatorAddress)).hasSize(1);
        assertThat(notificationEvents(caseId)).extracting(NotificationEvent.DeliveryRecorded::type)
                .contains("NotificationMerged", NotificationEvent.NOTIFICATION_SENT);
    }

    private static Stream<JsonNode> overdueAlerts(JsonNode deliveries) {
        return StreamSupport.stream(deliveries.spliterator(), false)
                .filter(row -> "STEP_OVERDUE".equals(row.get("messageKind").asText()));
    }

    // ---- the school's side --------------------------------------------------------------------------------

    private static String directory(String school) {
        return "/api/notifications/directory/boards/" + BOARD + "/schools/" + school;
    }


    /** Reports an incident with this run's victim and sender; returns the case id. */
    private static String report(String school, Instant cameToLightAt) {
        GatewayClient.Response accepted = leader.post("/api/cases", """
                {"schoolId":"%s","cameToLightAt":"%s","cameToLightHow":"VICTIM_TOLD_STAFF",
                 "materialKind":"PHOTO","platforms":["SNAPCHAT"],"minorNudeInvolved":true,
                 "involvedPupils":[{"pupilRef":"%s","role":"VICTIM"},{"pupilRef":"%s","role":"SENDER"}],
                 "yearGroups":["3"]}""".formatted(school, cameToLightAt, VICTIM, SENDER), Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        return accepted.json().get("caseId").asText();
    }

    // ---- what arrived -------------------------------------------------------------------------------------

    /** How many mails each of this run's addresses got (addresses that got none are left out). */
    private static Map<String, Long> countByRecipient() {
        return stack.receivedMail().stream()
                .flatMap(mail -> mail.to().stream())
                .filter(EVERYONE::contains)
                .collect(Collectors.groupingBy(address -> address, Collectors.counting()));
    }

    private static List<String> rows(JsonNode deliveries) {
        List<String> rows = new ArrayList<>();
        deliveries.forEach(row -> rows.add(row.get("messageKind").asText() + " " + row.get("recipientKind").asText()
                + " " + row.get("recipientRef").asText() + " " + row.get("channel").asText() + " "
                + row.get("status").asText()));
        return rows;
    }

    // ---- Kafka --------------------------------------------------------------------------------------------

    /** The records of one case on case-events with these types, as any consumer reads them. */
    private static List<ConsumerRecord<String, byte[]>> caseEvents(String caseId, String... types) {
        List<String> wanted = List.of(types);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        CaseEventDeserializer deserializer = new CaseEventDeserializer();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.CASE_EVENTS));
            Instant deadline = Instant.now().plus(PATIENCE);
            while (found.size() < wanted.size() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    if (caseId.equals(record.key())) {
                        CaseEvent event = deserializer.deserialize(Topics.CASE_EVENTS, record.value());
                        if (wanted.contains(event.type())
                                && found.stream().noneMatch(r -> r.offset() == record.offset()
                                && r.partition() == record.partition())) {
                            found.add(record);
                        }
                    }
                }
            }
        }
        assertThat(found).as("records of case %s", caseId).hasSize(wanted.size());
        return found;
    }

    private static List<NotificationEvent.DeliveryRecorded> notificationEvents(String caseId) {
        List<NotificationEvent.DeliveryRecorded> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.NOTIFICATION_EVENTS));
            Instant deadline = Instant.now().plusSeconds(15);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    if (caseId.equals(record.key())) {
                        found.add(NotificationEvent.read(record.value()));
                    }
                }
                if (found.stream().anyMatch(e -> e.type().equals("NotificationMerged"))) {
                    break;
                }
            }
        }
        return found;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Produces the very same record again, as a broker or relay redelivery would: same key, bytes and headers. */
    private static void redeliver(ConsumerRecord<String, byte[]> original) {
        try (KafkaTestClient kafka = new KafkaTestClient(stack.kafkaBootstrapServers())) {
            kafka.redeliver(original);
        }
    }

    /** Waits until notification-service has handled everything on case-events now. */
    private static void awaitConsumersCaughtUp() {
        try (KafkaTestClient kafka = new KafkaTestClient(stack.kafkaBootstrapServers())) {
            kafka.awaitConsumed("notification-service", Topics.CASE_EVENTS);
        }
    }
}
