package nl.schoolboard.sexting.caseservice.incident.model;

/** Where a protocol step stands. */
public enum StepState {
    /** Not relevant for this case (no perpetrator known, no staff member involved). */
    NOT_APPLICABLE,
    OPEN,
    DONE,
    /** Deliberately not taken, with a reason on record. */
    SKIPPED
}
