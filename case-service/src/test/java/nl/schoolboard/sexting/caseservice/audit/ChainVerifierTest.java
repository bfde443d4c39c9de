package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.caseservice.audit.AuditCheckpoints.Reading;
import nl.schoolboard.sexting.caseservice.audit.ChainVerification.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the verification finds, on chains built in memory: each way of tampering the issue names, by someone who
 * can write to the database but does not hold the audit key (and, where said, by someone who does).
 */
class ChainVerifierTest {

    private static final AuditChain KEYED = new AuditChain(AuditKey.configured(AuditKey.DEVELOPMENT, null));
    /** The key an attacker uses who does not have ours. */
    private static final AuditChain OTHER_KEY = new AuditChain(AuditKey.of(new byte[32]));
    private static final Reading NO_CHECKPOINTS = new Reading(null, null, null);

    private static List<AuditEntry> chainOf(int length, Integer scheme) {
        return extend(new ArrayList<>(), length, scheme);
    }

    private static List<AuditEntry> extend(List<AuditEntry> chain, int more, Integer scheme) {
        String previous = chain.isEmpty() ? AuditChain.GENESIS : chain.get(chain.size() - 1).hash();
        int from = chain.size() + 1;
        for (int seq = from; seq < from + more; seq++) {
            AuditEntry entry = sealed(entry(seq, "user-" + seq, previous, scheme), KEYED);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    private static AuditEntry entry(long seq, String actor, String previous, Integer scheme) {
        return new AuditEntry("b:" + seq, "b", seq, "source-" + seq, AuditKind.CASE_STEP, "VictimInterviewed",
                "case-1", "school-1", actor, "CARE_COORDINATOR", Instant.parse("2026-11-20T10:00:00Z"),
                Instant.parse("2026-11-20T10:00:01Z"), Map.of("victim", "P-1"), previous, null, scheme);
    }

    private static AuditEntry sealed(AuditEntry entry, AuditChain chain) {
        return AuditTrail.withHash(entry, chain.hash(entry));
    }

    /** An attacker's rewrite: entries from {@code fromSeq} on changed and hashed anew under the given chain. */
    private static List<AuditEntry> recomputedFrom(List<AuditEntry> chain, int fromSeq, Integer scheme, AuditChain with) {
        List<AuditEntry> rewritten = new ArrayList<>(chain.subList(0, fromSeq - 1));
        String previous = rewritten.isEmpty() ? AuditChain.GENESIS : rewritten.get(rewritten.size() - 1).hash();
        for (AuditEntry honest : chain.subList(fromSeq - 1, chain.size())) {
            String actor = honest.seq() == fromSeq ? "someone-else" : honest.actorId();
            AuditEntry forged = sealed(entry(honest.seq(), actor, previous, scheme), with);
            rewritten.add(forged);
            previous = forged.hash();
        }
        return rewritten;
    }

    private static Reading checkpointAt(List<AuditEntry> chain, int seq) {
        Checkpoint checkpoint = new Checkpoint("b", seq, chain.get(seq - 1).hash(), Instant.parse("2026-11-21T00:00:00Z"));
        return new Reading(checkpoint, checkpoint, null);
    }

    private static ChainVerification verify(List<AuditEntry> chain, Reading checkpoints) {
        return ChainVerifier.verify("b", chain.iterator(), checkpoints, KEYED);
    }

    /** The first link that does not hold: where and how. */
    private static void assertBrokenAt(ChainVerification result, long seq, Kind kind) {
        assertThat(result.firstBrokenLink()).extracting(b -> b.seq(), b -> b.kind()).containsExactly(seq, kind);
    }

    /** The first link that does not hold, and the words the report gives for it. */
    private static void assertBrokenAt(ChainVerification result, long seq, Kind kind, String reason) {
        assertBrokenAt(result, seq, kind);
        assertThat(result.firstBrokenLink().reason()).contains(reason);
    }

    @Test
    void an_untouched_chain_is_intact() {
        ChainVerification result = verify(chainOf(4, AuditChain.KEYED), NO_CHECKPOINTS);

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(4);
    }

    @Test
    void an_entry_changed_after_it_was_recorded_is_the_first_broken_link() {
        List<AuditEntry> chain = chainOf(4, AuditChain.KEYED);
        AuditEntry honest = chain.get(1);
        chain.set(1, AuditTrail.withHash(entry(2, "someone-else", honest.previousHash(), AuditChain.KEYED), honest.hash()));

        ChainVerification result = verify(chain, NO_CHECKPOINTS);

        assertThat(result.intact()).isFalse();
        assertBrokenAt(result, 2, Kind.EDITED, "changed");
    }

    @Test
    void a_keyed_chain_recomputed_without_the_key_breaks_at_the_edited_entry() {
        List<AuditEntry> chain = chainOf(4, AuditChain.KEYED);

        ChainVerification withOtherKey = verify(recomputedFrom(chain, 2, AuditChain.KEYED, OTHER_KEY), NO_CHECKPOINTS);
        ChainVerification asUnkeyed = verify(recomputedFrom(chain, 2, AuditChain.UNKEYED, KEYED), NO_CHECKPOINTS);
        ChainVerification asPreSchemeEntries = verify(recomputedFrom(chain, 2, null, KEYED), NO_CHECKPOINTS);

        assertBrokenAt(withOtherKey, 2, Kind.EDITED);
        assertBrokenAt(asUnkeyed, 2, Kind.RECOMPUTED);
        assertThat(asPreSchemeEntries.firstBrokenLink().kind()).isEqualTo(Kind.RECOMPUTED);
    }

    @Test
    void an_entry_rewritten_with_a_fresh_hash_by_a_key_holder_breaks_the_link_after_it() {
        List<AuditEntry> chain = chainOf(4, AuditChain.KEYED);
        AuditEntry honest = chain.get(1);
        chain.set(1, sealed(entry(2, "someone-else", honest.previousHash(), AuditChain.KEYED), KEYED));

        ChainVerification result = verify(chain, NO_CHECKPOINTS);

        assertBrokenAt(result, 3, Kind.RECOMPUTED, "does not link");
    }

    @Test
    void a_removed_entry_is_reported_missing() {
        List<AuditEntry> chain = chainOf(4, AuditChain.KEYED);
        chain.remove(2);

        ChainVerification result = verify(chain, NO_CHECKPOINTS);

        assertBrokenAt(result, 3, Kind.MISSING, "missing");
    }

    @Test
    void a_tail_cut_off_behind_a_checkpoint_is_found() {
        List<AuditEntry> chain = chainOf(5, AuditChain.KEYED);
        Reading checkpoints = checkpointAt(chain, 5);

        ChainVerification result = verify(chain.subList(0, 3), checkpoints);

        assertThat(result.intact()).isFalse();
        assertThat(result.entriesChecked()).isEqualTo(3);
        assertBrokenAt(result, 4, Kind.CUT_OFF_TAIL);
        assertThat(result.checkpointedUpTo()).isEqualTo(5);
    }

    @Test
    void a_chain_that_grew_past_its_checkpoint_is_intact() {
        List<AuditEntry> chain = chainOf(3, AuditChain.KEYED);
        Reading checkpoints = checkpointAt(chain, 3);
        extend(chain, 2, AuditChain.KEYED);

        assertThat(verify(chain, checkpoints).intact()).isTrue();
    }

    @Test
    void entries_written_before_the_trail_was_keyed_still_verify_and_the_keyed_ones_follow_on() {
        List<AuditEntry> chain = chainOf(3, null);
        Reading atUpgrade = checkpointAt(chain, 3);
        extend(chain, 3, AuditChain.KEYED);

        ChainVerification result = verify(chain, atUpgrade);

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(6);
    }

    @Test
    void unkeyed_entries_recomputed_by_anyone_no_longer_end_in_their_checkpoint() {
        List<AuditEntry> chain = chainOf(3, null);
        Reading atUpgrade = checkpointAt(chain, 3);

        ChainVerification result = verify(recomputedFrom(chain, 2, null, KEYED), atUpgrade);

        assertBrokenAt(result, 3, Kind.RECOMPUTED);
    }

    @Test
    void a_whole_chain_rewritten_as_unkeyed_is_found_after_the_first_checkpoint() {
        List<AuditEntry> chain = chainOf(2, null);
        Reading checkpoints = new Reading(checkpointAt(chain, 2).first(), null, null);
        extend(chain, 3, AuditChain.KEYED);

        ChainVerification result = verify(recomputedFrom(chain, 1, null, KEYED), checkpoints);

        assertBrokenAt(result, 3, Kind.RECOMPUTED);
    }

    @Test
    void an_entry_claiming_a_scheme_the_trail_never_wrote_is_forged() {
        List<AuditEntry> chain = chainOf(2, AuditChain.KEYED);
        chain.add(AuditTrail.withHash(entry(3, "user-3", chain.get(1).hash(), 9), "0".repeat(64)));

        assertThat(verify(chain, NO_CHECKPOINTS).firstBrokenLink().kind()).isEqualTo(Kind.FORGED);
    }

    @Test
    void the_development_key_is_refused_in_production() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AuditKey.forRun(null, null, true, "case.audit.hmac-key"))
                .hasMessageContaining("prod");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> AuditKey.forRun(AuditKey.DEVELOPMENT, null, true, "case.audit.hmac-key"))
                .hasMessageContaining("development key");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> AuditKey.forRun(Base64.getEncoder().encodeToString(new byte[16]), null, false, "k"))
                .hasMessageContaining("at least 32 bytes");
        assertThat(AuditKey.forRun(null, null, false, "case.audit.hmac-key").sameAs(
                Base64.getDecoder().decode(AuditKey.DEVELOPMENT))).isTrue();
    }
}
