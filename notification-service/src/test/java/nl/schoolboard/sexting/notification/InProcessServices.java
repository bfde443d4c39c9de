package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.testsupport.KafkaTestClient;
import nl.schoolboard.sexting.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.schoolboard.sexting.notification.audit.PersonalDataErasures;
import nl.schoolboard.sexting.notification.audit.PersonalDataReads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The service on in-process stand-ins, one Spring context shared by the test classes that extend this (same
 * configuration, so Spring's test context cache reuses it): embedded KRaft Kafka, mongo-java-server, GreenMail on a
 * free port. Digests use a short window so that a test can see one go out. Each test uses schools, cases and
 * addresses of its own.
 *
 * <p>Every HTTP call is made as someone ({@link TestIdentity}): the helpers send a signed access token for them
 * ({@link TestTokens}) and nothing else about who calls. The recorders of personal-data reads and erasures are spies,
 * so that a test can make them fail; they record for real otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.digest.window=4s",
        "notification.digest.poll-interval=200ms",
        "notification.digest.lease=5s",
        "notification.retry.initial-interval=100ms",
        "notification.retry.max-interval=1s",
        "notification.retry.max-attempts=3"})
@EmbeddedBroker
abstract class InProcessServices {

    static final String CARE_STAFF = "zorg-config@school.example";
    static final String CASE_LINK_BASE = "http://localhost:8080/cases/";
    static final String BOARD = TestCaseEvents.BOARD;
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> InMemoryMongo.uri("notification"));
        TestSmtp.pointTheServiceAtIt(registry);
        registry.add("notification.fallback-mailbox.default", () -> CARE_STAFF);
        registry.add("notification.case-link-base", () -> CASE_LINK_BASE);
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * This context's own broker. Not the {@code spring.kafka.bootstrap-servers} system property: another test
     * class's broker overwrites it, and removes it when that class's context closes, while this context stays cached.
     */
    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    TestRestTemplate http;

    @MockitoSpyBean
    PersonalDataReads personalDataReads;

    @MockitoSpyBean
    PersonalDataErasures personalDataErasures;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(broker.getBrokersAsString());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    static String newSchool() {
        return "school-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An address of its own for each test, so that the shared mail server's inboxes do not mix. */
    static String address(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@school.example";
    }

    // ---- HTTP, as someone --------------------------------------------------------------------------------------

    static String directory(String school) {
        return "/api/notifications/directory/boards/" + BOARD + "/schools/" + school;
    }

    static TestIdentity leaderOf(String school) {
        return TestIdentity.leaderOf(BOARD, school);
    }

    static TestIdentity auditor() {
        return TestIdentity.auditor(BOARD);
    }

    /** A request as {@code who} (with their signed token), or without any token when {@code who} is null. */
    ResponseEntity<String> send(TestIdentity who, HttpMethod method, String path, String body, MediaType type,
                                Map<String, String> headers) {
        HttpHeaders all = new HttpHeaders();
        if (type != null) {
            all.setContentType(type);
        }
        if (who != null) {
            all.setBearerAuth(who.token());
        }
        headers.forEach(all::set);
        return http.exchange(path, method, new HttpEntity<>(body, all), String.class);
    }

    ResponseEntity<String> get(TestIdentity who, String path) {
        return send(who, HttpMethod.GET, path, null, null, Map.of());
    }

    ResponseEntity<String> post(TestIdentity who, String path) {
        return send(who, HttpMethod.POST, path, null, null, Map.of());
    }

    ResponseEntity<String> delete(TestIdentity who, String path) {
        return send(who, HttpMethod.DELETE, path, null, null, Map.of());
    }

    ResponseEntity<String> putJson(TestIdentity who, String path, String json) {
        return send(who, HttpMethod.PUT, path, json, MediaType.APPLICATION_JSON, Map.of());
    }

    ResponseEntity<String> postJson(TestIdentity who, String path, String json) {
        return send(who, HttpMethod.POST, path, json, MediaType.APPLICATION_JSON, Map.of());
    }

    ResponseEntity<String> postCsv(TestIdentity who, String path, String csv) {
        return send(who, HttpMethod.POST, path, csv, MediaType.valueOf("text/csv"), Map.of());
    }

    /** Lists a team member, as the school's leader. */
    void staff(String school, String ref, String email, String language, String... roles) {
        String json = "{\"roles\":[" + String.join(",", Arrays.stream(roles).map(r -> "\"" + r + "\"").toList())
                + "],\"email\":\"" + email + "\",\"language\":\"" + language + "\"}";
        ResponseEntity<String> answer = putJson(leaderOf(school), directory(school) + "/staff/" + ref, json);
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(answer.getBody());
        }
    }

    /** Sets a pupil's guardians (name, address and language, three by three), as the school's leader. */
    void guardians(String school, String pupil, String... nameEmailLanguage) {
        StringBuilder json = new StringBuilder("{\"guardians\":[");
        for (int i = 0; i < nameEmailLanguage.length; i += 3) {
            json.append(i == 0 ? "" : ",").append("{\"name\":")
                    .append(nameEmailLanguage[i] == null ? "null" : "\"" + nameEmailLanguage[i] + "\"")
                    .append(",\"email\":\"").append(nameEmailLanguage[i + 1])
                    .append("\",\"language\":\"").append(nameEmailLanguage[i + 2]).append("\"}");
        }
        ResponseEntity<String> answer = putJson(leaderOf(school), directory(school) + "/pupils/" + pupil + "/guardians",
                json.append("]}").toString());
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(answer.getBody());
        }
    }

    JsonNode getJson(TestIdentity who, String path) {
        ResponseEntity<String> response = get(who, path);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(path + " answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return json(response.getBody());
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was told about a case, as the board's auditor sees it (every school of the board). */
    JsonNode deliveriesOf(String caseId) {
        return getJson(auditor(), "/api/notifications/cases/" + caseId);
    }

    /** The staff member's own inbox, as they see it. */
    JsonNode inboxOf(String staffRef, String school) {
        return getJson(TestIdentity.teamMember(staffRef, BOARD, school), "/api/notifications/inbox");
    }

    // ---- mail -------------------------------------------------------------------------------------------------

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> recipients(mail).contains(address))
                .toList();
    }

    static List<MimeMessage> awaitMailTo(String address, int count) {
        await().atMost(PATIENCE).until(() -> mailTo(address).size() >= count);
        return mailTo(address);
    }

    static List<String> recipients(MimeMessage mail) {
        try {
            Address[] all = mail.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
