package nl.schoolboard.sexting.caseservice.incident.model;

/** Why personal data of a case is erased. */
public enum ErasureReason {
    /** The board's retention period for the case's outcome has passed. */
    RETENTION,
    /** The person (or their parents) asked for it (AVG/GDPR art. 17), decided by the privacy officer. */
    SUBJECT_REQUEST
}
