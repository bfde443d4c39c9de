package nl.schoolboard.sexting.caseservice.privacy;

import nl.schoolboard.sexting.caseservice.support.RunningCaseService;
import nl.schoolboard.sexting.caseservice.support.Http;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An erasure is carried out even when destroying the keys fails at first: the failure stops the key shredder at that
 * erasure, which it retries until the keys are gone, and meanwhile the service shows the erasure as pending.
 */
@Import(ShreddingRetryIT.FailingLedger.class)
class ShreddingRetryIT extends RunningCaseService {

    /** The ledger outside the database refuses to write while {@link #FAILING} is set, as a full disk would. */
    static final AtomicBoolean FAILING = new AtomicBoolean();
    static final AtomicInteger REFUSED = new AtomicInteger();

    @TestConfiguration
    static class FailingLedger {
        @Bean
        @Primary
        ShreddingLedger failingLedger() {
            InMemoryShreddingLedger real = new InMemoryShreddingLedger();
            return new ShreddingLedger() {
                @Override
                public void record(String keyId) {
                    if (FAILING.get()) {
                        REFUSED.incrementAndGet();
                        throw new IllegalStateException("ledger not writable");
                    }
                    real.record(keyId);
                }

                @Override
                public boolean lists(String digest) {
                    return real.lists(digest);
                }
            };
        }
    }

    @Autowired
    ErasuresPending pending;

    private static Map<String, String> as(String role) {
        return Http.caller("user-" + role, role, "board-1", "school-1");
    }

    @Test
    void a_failed_shredding_is_retried_until_the_keys_are_gone_and_shown_as_pending_meanwhile() {
        Map<String, String> leader = as("SCHOOL_LEADER");
        Instant at = Instant.now().minusSeconds(60);
        String caseId = http().post("/api/cases", """
                {"schoolId":"school-1","cameToLightAt":"%s","cameToLightHow":"VICTIM_TOLD_STAFF","materialKind":"PHOTO",
                 "minorNudeInvolved":false,"involvedPupils":[{"pupilRef":"P-1","role":"VICTIM"}]}""".formatted(at), leader)
                .json().get("caseId").asText();
        assertThat(http().post("/api/cases/" + caseId + "/victim-conversation", "{\"occurredAt\":\"" + at
                + "\",\"victim\":\"P-1\",\"concerns\":\"bang\"}", leader).status()).isEqualTo(200);
        Document keyOfP1 = new Document("caseId", caseId).append("subject", "P-1");
        assertThat(mongo.getCollection("subject_keys").countDocuments(keyOfP1)).isOne();
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/cases/" + caseId, leader).status() == 200);

        FAILING.set(true);
        assertThat(http().post("/api/privacy/erasures", "{\"schoolId\":\"school-1\",\"personRef\":\"P-1\"}", as("AUDITOR"))
                .status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> REFUSED.get() >= 2);
        assertThat(mongo.getCollection("subject_keys").countDocuments(keyOfP1)).isOne();
        assertThat(pending.count()).isOne();
        assertThat(http().get("/actuator/health/erasure", Map.of()).body()).contains("ERASURE_PENDING");

        FAILING.set(false);
        await().atMost(Duration.ofSeconds(90)).until(() -> mongo.getCollection("subject_keys").countDocuments(keyOfP1) == 0);
        assertThat(pending.count()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http().get("/api/privacy/subjects/school-1/P-1", as("AUDITOR")).body().contains("[erased]"));
    }
}
