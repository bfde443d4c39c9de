package nl.schoolboard.sexting.caseservice.audit;

/**
 * The outcome of checking a board's chain.
 *
 * @param entriesChecked how many entries were checked up to the first broken link (all of them when intact)
 * @param firstBrokenLink null when the chain is intact
 */
public record ChainVerification(String boardId, boolean intact, long entriesChecked, BrokenLink firstBrokenLink) {

    /** Where the chain breaks and why, in words an auditor understands. */
    public record BrokenLink(long seq, String entryId, String reason) {
    }
}
