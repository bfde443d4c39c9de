package nl.schoolboard.sexting.caseservice.incident.model;

/** Whether someone in a case is a pupil of the school, a staff member, or someone from outside. */
public enum PersonKind {
    PUPIL,
    STAFF,
    OUTSIDER
}
