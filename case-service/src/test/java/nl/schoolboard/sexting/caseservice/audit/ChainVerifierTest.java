package nl.schoolboard.sexting.caseservice.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static List<AuditEntry> chainOf(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry unhashed = new AuditEntry("b:" + seq, "b", seq, "source-" + seq, AuditKind.CASE_STEP, "VictimInterviewed",
                    "case-1", "school-1", "user-" + seq, "CARE_COORDINATOR", Instant.parse("2026-11-20T10:00:00Z"),
                    Instant.parse("2026-11-20T10:00:01Z"), Map.of("victim", "P-1"), previous, null);
            AuditEntry entry = AuditTrail.withHash(unhashed, AuditChain.hash(unhashed));
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    @Test
    void an_untouched_chain_is_intact() {
        ChainVerification result = ChainVerifier.verify("b", chainOf(4));

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(4);
    }

    @Test
    void an_entry_changed_after_it_was_recorded_is_the_first_broken_link() {
        List<AuditEntry> chain = chainOf(4);
        AuditEntry honest = chain.get(1);
        chain.set(1, new AuditEntry(honest.id(), honest.boardId(), honest.seq(), honest.sourceId(), honest.kind(),
                honest.type(), honest.caseId(), honest.schoolId(), "someone-else", honest.actorRole(), honest.occurredAt(),
                honest.recordedAt(), honest.details(), honest.previousHash(), honest.hash()));

        ChainVerification result = ChainVerifier.verify("b", chain);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenLink().seq()).isEqualTo(2);
        assertThat(result.firstBrokenLink().reason()).contains("changed");
    }

    @Test
    void an_entry_rewritten_with_a_fresh_hash_breaks_the_link_after_it() {
        List<AuditEntry> chain = chainOf(4);
        AuditEntry honest = chain.get(1);
        AuditEntry forged = new AuditEntry(honest.id(), honest.boardId(), honest.seq(), honest.sourceId(), honest.kind(),
                honest.type(), honest.caseId(), honest.schoolId(), "someone-else", honest.actorRole(), honest.occurredAt(),
                honest.recordedAt(), honest.details(), honest.previousHash(), null);
        chain.set(1, AuditTrail.withHash(forged, AuditChain.hash(forged)));

        ChainVerification result = ChainVerifier.verify("b", chain);

        assertThat(result.firstBrokenLink().seq()).isEqualTo(3);
        assertThat(result.firstBrokenLink().reason()).contains("does not link");
    }

    @Test
    void a_removed_entry_is_reported_missing() {
        List<AuditEntry> chain = chainOf(4);
        chain.remove(2);

        ChainVerification result = ChainVerifier.verify("b", chain);

        assertThat(result.firstBrokenLink().seq()).isEqualTo(3);
        assertThat(result.firstBrokenLink().reason()).contains("missing");
    }
}
