package nl.schoolboard.sexting.prevention.planning;

/** Why an activity was planned; shown to the school and carried in the published events as a code. */
public enum PlanningReason {
    /** A lesson for the year groups of a reported incident. */
    INCIDENT_REPORTED,
    /** A parent evening within the term of an incident. */
    INCIDENT_THIS_TERM,
    /** A parent evening soon, because the material showed a minor nude. */
    MINOR_NUDE_INVOLVED,
    /** A parent evening soon, because the school had an incident before in this school year. */
    REPEATED_INCIDENT_IN_SCHOOL_YEAR,
    /** A policy review, because none was reviewed recently. */
    NO_RECENT_POLICY_REVIEW,
    /** The "whom can you turn to" action of every school year. */
    START_OF_SCHOOL_YEAR,
    /** The school added it itself. */
    ADDED_BY_SCHOOL
}
