package nl.schoolboard.sexting.caseservice.access;

import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import nl.schoolboard.sexting.caseservice.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, holes 2 and 9, as attacks from outside: a name typed where a code, a reference or a year group belongs;
 * a retry key reused for a different request; the whole case list at once; a subject export held up by a service
 * that never answers. Each was answered wrongly before (200, or no answer at all) and is refused now. Revoking a
 * grant is attacked in {@link CaseAccessIT}; the name walked through every step in {@code NoWordsLeaveIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesRetriesAndListsAttackIT extends RunningCaseService {

    private static final String AT = "\"occurredAt\":\"2026-11-20T10:00:00Z\"";
    /** Accepts connections and never answers: a notification service that hangs. */
    private static final ServerSocket SILENT_SERVICE = silentService();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("case.privacy.notification-service-url", () -> "http://127.0.0.1:" + SILENT_SERVICE.getLocalPort());
        registry.add("case.privacy.export-read-timeout", () -> "PT1S");
    }

    private String caseId;

    private static Map<String, String> as(String role) {
        return Map.of("X-Actor-Id", "attacker-1", "X-Actor-Role", role, "X-Board-Id", "board-attacked",
                "X-Actor-Schools", "school-1");
    }

    /** The school leader's headers with a retry key, as a client that may send the request again has them. */
    private static Map<String, String> retrying(String idempotencyKey) {
        Map<String, String> headers = new HashMap<>(as("SCHOOL_LEADER"));
        headers.put("Idempotency-Key", idempotencyKey);
        return headers;
    }

    /** A step of the case at {@link #AT}, with the given fields after it. */
    private Http.Response step(String caseId, String step, String fields, Map<String, String> headers) {
        return http().post("/api/cases/" + caseId + "/" + step, "{" + AT + fields + "}", headers);
    }

    private String report() {
        return http().post("/api/cases", """
                {"schoolId":"school-1","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"PUPIL_TOLD_STAFF",
                 "materialKind":"PHOTO","minorNudeInvolved":false,"involvedPupils":[{"pupilRef":"P-1","role":"VICTIM"}],
                 "yearGroups":["vwo 5"]}""", as("SCHOOL_LEADER")).json().get("caseId").asText();
    }

    @BeforeAll
    void cases() {
        caseId = report();
        report();
        report();
    }

    @AfterAll
    void stop() throws IOException {
        SILENT_SERVICE.close();
    }

    @Test
    void a_name_where_a_role_belongs_is_refused_with_its_rule() {
        Map<String, String> leader = as("SCHOOL_LEADER");
        Http.Response police = step(caseId, "police-contact",
                ",\"decision\":\"MELDING\",\"decidedByRole\":\"mevrouw De Vries\"", leader);
        Http.Response press = step(caseId, "press-statement",
                ",\"text\":\"We nemen dit serieus.\",\"approvedByRole\":\"Jan de Vries\"", leader);
        Http.Response attendees = step(caseId, "victim-conversation",
                ",\"victim\":\"P-1\",\"attendeeRoles\":[\"MENTOR\",\"meester Jan\"]", leader);

        assertThat(police.status()).as(police.body()).isEqualTo(400);
        assertThat(police.body()).contains("decidedByRole", "role-not-a-code");
        assertThat(press.status()).as(press.body()).isEqualTo(400);
        assertThat(press.body()).contains("approvedByRole", "role-not-a-code");
        assertThat(attendees.status()).as(attendees.body()).isEqualTo(400);
        assertThat(attendees.body()).contains("attendeeRoles[1]", "role-not-a-code");
    }

    @Test
    void a_name_shaped_like_a_reference_or_a_year_group_is_refused() {
        Http.Response person = step(caseId, "people",
                ",\"person\":\"Jan-de-Vries\",\"kind\":\"PUPIL\",\"role\":\"BYSTANDER\"", as("SCHOOL_LEADER"));
        Http.Response yearGroup = http().post("/api/cases", """
                {"schoolId":"school-1","cameToLightAt":"2026-11-20T08:30:00Z","cameToLightHow":"PUPIL_TOLD_STAFF",
                 "materialKind":"PHOTO","minorNudeInvolved":false,"involvedPupils":[{"pupilRef":"P-1","role":"VICTIM"}],
                 "yearGroups":["Jan de Vries"]}""", as("SCHOOL_LEADER"));

        assertThat(person.status()).as(person.body()).isEqualTo(400);
        assertThat(person.body()).contains("person-ref-malformed");
        assertThat(yearGroup.status()).as(yearGroup.body()).isEqualTo(400);
        assertThat(yearGroup.body()).contains("year-group-malformed");
    }

    @Test
    void a_retry_key_reused_with_a_different_body_is_a_conflict_and_changes_nothing() {
        String reused = report();
        Map<String, String> withKey = retrying("once-only");

        Http.Response first = step(reused, "distribution-ban", ",\"scope\":\"CLASS\"", withKey);
        Http.Response different = step(reused, "distribution-ban", ",\"scope\":\"SCHOOL\",\"sanctionAnnounced\":true",
                withKey);
        Http.Response same = step(reused, "distribution-ban", ",\"scope\":\"CLASS\"", withKey);

        assertThat(first.status()).isEqualTo(200);
        assertThat(different.status()).as(different.body()).isEqualTo(409);
        assertThat(different.body()).contains("idempotency-key-reused");
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong());
    }

    @Test
    void the_same_retry_key_on_another_step_is_another_command() {
        String scoped = report();
        Map<String, String> withKey = retrying("per-step");

        Http.Response ban = step(scoped, "distribution-ban", ",\"scope\":\"CLASS\"", withKey);
        Http.Response evidence = step(scoped, "evidence-location", ",\"location\":\"WITH_POLICE\"", withKey);

        assertThat(ban.status()).isEqualTo(200);
        assertThat(evidence.status()).isEqualTo(200);
        assertThat(evidence.json().get("version").asLong()).isEqualTo(ban.json().get("version").asLong() + 1);
    }

    @Test
    void the_case_list_comes_a_page_at_a_time_and_never_all_at_once() {
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases?size=2", as("SCHOOL_LEADER"))
                .json().size() == 2);

        Http.Response page = http().get("/api/cases?size=2", as("SCHOOL_LEADER"));
        long total = Long.parseLong(page.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(page.header("Link")).contains("page=1", "size=2", "rel=\"next\"");
        Http.Response next = http().get("/api/cases?size=2&page=1", as("SCHOOL_LEADER"));
        assertThat(next.json().findValuesAsText("caseId")).doesNotContainAnyElementsOf(page.json().findValuesAsText("caseId"));
        assertThat(http().get("/api/cases", as("SCHOOL_LEADER")).json().size()).isLessThanOrEqualTo(50);

        Http.Response everything = http().get("/api/cases?size=100000", as("SCHOOL_LEADER"));
        assertThat(everything.status()).isEqualTo(400);
        assertThat(everything.body()).contains("size", "page-out-of-range");
        assertThat(http().get("/api/cases?page=-1", as("SCHOOL_LEADER")).status()).isEqualTo(400);
    }

    @Test
    void a_subject_export_waiting_on_a_service_that_never_answers_is_refused_in_time() {
        Instant asked = Instant.now();
        // its own thread: on two cores the common pool can be busy with the embedded Kafka
        java.util.concurrent.ExecutorService asker = java.util.concurrent.Executors.newSingleThreadExecutor();
        CompletableFuture<Http.Response> export = CompletableFuture.supplyAsync(
                () -> http().get("/api/privacy/subjects/school-1/P-1", as("AUDITOR")), asker);

        Http.Response answer = export.orTimeout(60, TimeUnit.SECONDS).join();
        asker.shutdown();

        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.body()).contains("export-incomplete");
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(15));
    }

    private static ServerSocket silentService() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
