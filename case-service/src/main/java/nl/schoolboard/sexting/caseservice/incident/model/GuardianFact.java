package nl.schoolboard.sexting.caseservice.incident.model;

/** What guardians may be told, each only by a decision of the school. */
public enum GuardianFact {
    /** The victim's parents: the measures the school takes. */
    MEASURES_TAKEN,
    /** The victim's parents: that they can report to the police. */
    POLICE_REPORTING_OPTION,
    /** A perpetrator's parents: the sanction imposed on their child. */
    SANCTION_IMPOSED
}
