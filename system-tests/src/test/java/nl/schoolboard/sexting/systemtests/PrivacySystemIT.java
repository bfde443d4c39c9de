package nl.schoolboard.sexting.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.localstack.LocalStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The privacy rules across the whole system: after a full scenario with guardians' names and addresses in the
 * directory and words typed into the protocol steps, not one of them is on any Kafka topic; and a subject access
 * export gathers one pupil's data from the services, with nothing about anyone else.
 */
class PrivacySystemIT {

    private static final String BOARD = "privacy-board";
    private static final String GUARDIAN_NAME = "Johanna Vermeulen-Bakker";
    private static final String GUARDIAN_EMAIL = "johanna.vermeulen@ouders.example";
    private static final String OTHER_GUARDIAN_EMAIL = "kees.dekker@ouders.example";
    private static final List<String> TYPED = List.of("ze is bang om naar school te gaan", "heeft het in de groepsapp gezet",
            "schorsing voor het doorsturen", "in de teamvergadering besproken met de mentoren", "afgerond na evaluatie");

    static LocalStack stack;

    @BeforeAll
    static void system() {
        stack = RunningSystem.stack();
    }

    @Test
    void no_name_address_or_typed_word_reaches_any_topic_and_an_export_holds_one_pupil_only() {
        String school = "privacy-school-" + UUID.randomUUID().toString().substring(0, 8);
        String victim = "PV-9" + UUID.randomUUID().toString().substring(0, 6);
        String sender = "PS-9" + UUID.randomUUID().toString().substring(0, 6);
        GatewayClient leader = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "privacy-leader", "SCHOOL_LEADER",
                BOARD, List.of(school));
        GatewayClient officer = GatewayClient.signedIn(stack.gatewayUrl(), stack.issuerUrl(), "privacy-officer", "AUDITOR",
                BOARD, List.of());
        String directory = "/api/notifications/directory/boards/" + BOARD + "/schools/" + school;

        assertThat(leader.put(directory + "/pupils/" + victim + "/guardians", """
                {"guardians":[{"name":"%s","email":"%s","language":"nl"}]}""".formatted(GUARDIAN_NAME, GUARDIAN_EMAIL)).status())
                .isIn(200, 201);
        assertThat(leader.put(directory + "/pupils/" + sender + "/guardians", """
                {"guardians":[{"name":"Kees Dekker","email":"%s","language":"nl"}]}""".formatted(OTHER_GUARDIAN_EMAIL)).status())
                .isIn(200, 201);

        String caseId = leader.post("/api/cases", GatewayClient.incidentReport(school, victim, sender), Map.of())
                .json().get("caseId").asText();
        String at = "\"occurredAt\":\"2026-11-20T10:00:00Z\"";
        step(leader, caseId, "victim-conversation", "{" + at + ",\"victim\":\"" + victim + "\",\"parentsPresent\":true,"
                + "\"concerns\":\"" + TYPED.get(0) + "\"}");
        step(leader, caseId, "perpetrator-conversations", "{" + at + ",\"person\":\"" + sender + "\",\"offenceExplained\":true,"
                + "\"notes\":\"" + TYPED.get(1) + "\"}");
        step(leader, caseId, "sanctions", "{" + at + ",\"person\":\"" + sender + "\",\"kind\":\"SUSPENSION\",\"reason\":\""
                + TYPED.get(2) + "\"}");
        step(leader, caseId, "team-briefing", "{" + at + ",\"staff\":[\"privacy-teacher-1\"],\"sharedSummary\":\"" + TYPED.get(3)
                + "\",\"namesShared\":false,\"classDiscussion\":\"NOT_DISCUSSED\"}");
        step(leader, caseId, "guardians-informed", "{" + at + ",\"pupil\":\"" + victim + "\",\"fact\":\"POLICE_REPORTING_OPTION\"}");
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.receivedMail().stream().anyMatch(m -> m.to().contains(GUARDIAN_EMAIL)));

        // every topic, from the beginning
        String everything = readEveryTopic();
        assertThat(everything).contains(caseId);
        List<String> secrets = new ArrayList<>(TYPED);
        secrets.addAll(List.of(GUARDIAN_NAME, "Vermeulen", GUARDIAN_EMAIL, OTHER_GUARDIAN_EMAIL, "Kees Dekker"));
        assertThat(secrets).allSatisfy(secret -> assertThat(everything).as("a name or text on Kafka").doesNotContain(secret));

        // one pupil's data from every service, and nothing about the other pupil
        JsonNode export = await().atMost(Duration.ofSeconds(30)).until(
                () -> officer.get("/api/privacy/subjects/" + school + "/" + victim),
                r -> r.status() == 200 && r.body().contains(TYPED.get(0))).json();
        String exported = export.toString();
        assertThat(exported).contains(victim, TYPED.get(0), GUARDIAN_EMAIL, caseId);
        assertThat(exported).doesNotContain(sender, TYPED.get(1), TYPED.get(2), OTHER_GUARDIAN_EMAIL, "Kees Dekker");
    }

    private static void step(GatewayClient leader, String caseId, String step, String body) {
        GatewayClient.Response response = leader.post("/api/cases/" + caseId + "/" + step, body, Map.of());
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
    }

    private static String readEveryTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "privacy-reader-" + UUID.randomUUID(),
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                     new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Set<String> topics = admin.listTopics().names().get().stream().filter(t -> !t.startsWith("__")).collect(Collectors.toSet());
            assertThat(topics).contains("case-events", "notification-events");
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            StringBuilder all = new StringBuilder();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    all.append(record.topic()).append(' ');
                    if (record.key() != null) {
                        all.append(new String(record.key(), StandardCharsets.UTF_8)).append(' ');
                    }
                    if (record.value() != null) {
                        all.append(new String(record.value(), StandardCharsets.UTF_8));
                    }
                    record.headers().forEach(h -> all.append(' ').append(new String(h.value(), StandardCharsets.UTF_8)));
                    all.append('\n');
                }
            }
            return all.toString();
        } catch (Exception e) {
            throw new AssertionError("could not read the topics", e);
        }
    }
}
