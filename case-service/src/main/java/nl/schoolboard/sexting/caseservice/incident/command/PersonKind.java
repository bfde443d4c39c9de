package nl.schoolboard.sexting.caseservice.incident.command;

/** Whether someone in a case is a pupil of the school, a staff member, or someone from outside. */
public enum PersonKind {
    PUPIL,
    STAFF,
    OUTSIDER
}
