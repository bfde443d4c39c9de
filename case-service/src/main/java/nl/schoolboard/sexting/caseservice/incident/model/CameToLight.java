package nl.schoolboard.sexting.caseservice.incident.model;

/** How the incident came to the school's attention. */
public enum CameToLight {
    VICTIM_TOLD_STAFF,
    PUPIL_TOLD_STAFF,
    PARENT_TOLD_SCHOOL,
    STAFF_NOTICED,
    POLICE_INFORMED_SCHOOL,
    ANONYMOUS_TIP,
    OTHER
}
