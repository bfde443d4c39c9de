package nl.schoolboard.sexting.caseservice.incident.voice;

/** What came of a takedown request, as far as the school knows when it records it. */
public enum TakedownOutcome {
    /** Asked; no answer yet. */
    PENDING,
    REMOVED,
    /** The platform or site would not remove it. */
    REFUSED,
    /** It could no longer be found where it was. */
    NOT_FOUND
}
