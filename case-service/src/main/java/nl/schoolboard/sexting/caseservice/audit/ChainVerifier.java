package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.caseservice.audit.ChainVerification.BrokenLink;
import nl.schoolboard.sexting.caseservice.audit.ChainVerification.Kind;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Walks a board's chain from its first entry, one entry at a time from a database cursor (memory does not grow with
 * the trail), holds it against the board's signed checkpoints and reports the first link that does not hold.
 */
record ChainVerifier(AuditTrail trail, AuditChain chain, AuditCheckpoints checkpoints) {

    public ChainVerification verify(String boardId) {
        AuditCheckpoints.Reading reading = checkpoints.read(boardId);
        try (Stream<AuditEntry> entries = trail.stream(boardId)) {
            return verify(boardId, entries.iterator(), reading, chain);
        }
    }

    static ChainVerification verify(String boardId, Iterator<AuditEntry> entries, AuditCheckpoints.Reading checkpoints,
                                    AuditChain chain) {
        Checkpoint latest = checkpoints.latest();
        Long checkpointedUpTo = latest == null ? null : latest.seq();
        // entries after the first checkpoint were all written keyed (checkpoints came with the key)
        long keyedAfter = checkpoints.first() == null ? Long.MAX_VALUE : checkpoints.first().seq();
        String previousHash = AuditChain.GENESIS;
        int highestScheme = AuditChain.UNKEYED;
        long expectedSeq = 1;
        long checked = 0;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            int scheme = AuditChain.schemeOf(entry);
            BrokenLink broken = null;
            if (entry.seq() != expectedSeq) {
                broken = new BrokenLink(expectedSeq, entry.id(), Kind.MISSING, "entry " + expectedSeq + " is missing");
            } else if (scheme != AuditChain.UNKEYED && scheme != AuditChain.KEYED) {
                broken = link(entry, Kind.FORGED, "hash scheme " + scheme + " is not one this trail writes");
            } else if (scheme < highestScheme || (scheme == AuditChain.UNKEYED && entry.seq() > keyedAfter)) {
                broken = link(entry, Kind.RECOMPUTED, "it is unkeyed where only keyed entries can be: the chain was "
                        + "recomputed without the key");
            } else if (!chain.holds(entry)) {
                broken = link(entry, Kind.EDITED, "its content was changed after it was recorded");
            } else if (!previousHash.equals(entry.previousHash())) {
                broken = link(entry, Kind.RECOMPUTED, "does not link to the entry before it: that entry was "
                        + "rewritten with a fresh hash");
            } else if (latest != null && entry.seq() == latest.seq() && !latest.hash().equals(entry.hash())) {
                broken = link(entry, Kind.RECOMPUTED, "differs from the checkpoint signed at " + latest.at()
                        + ": the chain up to here was recomputed");
            }
            if (broken != null) {
                return new ChainVerification(boardId, false, checked, broken, checkpointedUpTo);
            }
            previousHash = entry.hash();
            highestScheme = scheme;
            expectedSeq++;
            checked++;
        }
        if (latest != null && checked < latest.seq()) {
            return new ChainVerification(boardId, false, checked, new BrokenLink(checked + 1, boardId + ":" + (checked + 1),
                    Kind.CUT_OFF_TAIL, "the chain ends at entry " + checked + " but was checkpointed at entry "
                    + latest.seq() + " on " + latest.at() + ": its last entries were removed"), checkpointedUpTo);
        }
        if (checkpoints.forgedLine() != null) {
            return new ChainVerification(boardId, false, checked, new BrokenLink(checked, null, Kind.FORGED,
                    "line " + checkpoints.forgedLine() + " of the checkpoint file is not signed with the audit key"),
                    checkpointedUpTo);
        }
        return new ChainVerification(boardId, true, checked, null, checkpointedUpTo);
    }

    private static BrokenLink link(AuditEntry entry, Kind kind, String reason) {
        return new BrokenLink(entry.seq(), entry.id(), kind, reason);
    }
}
