package nl.schoolboard.sexting.caseservice.audit;

import org.springframework.stereotype.Component;

import java.util.List;

/** Walks a board's chain from its first entry and reports the first link that does not hold. */
@Component
public class ChainVerifier {

    private final AuditTrail trail;

    ChainVerifier(AuditTrail trail) {
        this.trail = trail;
    }

    public ChainVerification verify(String boardId) {
        return verify(boardId, trail.chain(boardId));
    }

    static ChainVerification verify(String boardId, List<AuditEntry> chain) {
        String previousHash = AuditChain.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        for (AuditEntry entry : chain) {
            String broken = null;
            if (entry.seq() != expectedSeq) {
                broken = "entry " + expectedSeq + " is missing";
            } else if (!previousHash.equals(entry.previousHash())) {
                broken = "does not link to the entry before it";
            } else if (!AuditChain.hash(entry).equals(entry.hash())) {
                broken = "its content was changed after it was recorded";
            }
            if (broken != null) {
                return new ChainVerification(boardId, false, checked,
                        new ChainVerification.BrokenLink(expectedSeq, entry.id(), broken));
            }
            previousHash = entry.hash();
            expectedSeq++;
            checked++;
        }
        return new ChainVerification(boardId, true, checked, null);
    }
}
