package nl.schoolboard.sexting.caseservice.audit;

/** The sorts of action the audit trail records. */
public enum AuditKind {
    CASE_STEP,
    NOTIFICATION,
    PREVENTION,
    PERSONAL_DATA_READ
}
