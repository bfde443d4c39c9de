package nl.schoolboard.sexting.caseservice.audit;

/**
 * The outcome of checking a board's chain.
 *
 * @param entriesChecked  how many entries were checked up to the first broken link (all of them when intact)
 * @param firstBrokenLink null when the chain is intact
 * @param checkpointedUpTo the sequence of the latest signed checkpoint the chain was held against; null when the
 *                         board has none yet
 */
public record ChainVerification(String boardId, boolean intact, long entriesChecked, BrokenLink firstBrokenLink,
                                Long checkpointedUpTo) {

    /** Where the chain breaks, what sort of break it is and why, in words an auditor understands. */
    public record BrokenLink(long seq, String entryId, Kind kind, String reason) {
    }

    /** What was done to the trail, as far as the break shows it. */
    public enum Kind {
        /** An entry's content no longer matches its hash: it was changed after it was recorded. */
        EDITED,
        /**
         * Hashes were made anew after a change: an entry no longer links to the one before it, differs from a signed
         * checkpoint, or is unkeyed where only keyed entries can be.
         */
        RECOMPUTED,
        /** An entry is missing from the middle of the chain. */
        MISSING,
        /** The chain ends before a signed checkpoint: its last entries were removed. */
        CUT_OFF_TAIL,
        /** Something claims to be written with the key and is not: an unknown hash scheme, an unsigned checkpoint. */
        FORGED
    }
}
