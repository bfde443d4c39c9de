package nl.schoolboard.sexting.caseservice.audit;

/** The sorts of action the audit trail records. */
public enum AuditKind {
    CASE_STEP,
    NOTIFICATION,
    PREVENTION,
    PERSONAL_DATA_READ,
    /** Another service erased personal data it held (a guardian's contact data), recorded before it did. */
    PERSONAL_DATA_ERASURE
}
