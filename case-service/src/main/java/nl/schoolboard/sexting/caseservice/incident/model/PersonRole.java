package nl.schoolboard.sexting.caseservice.incident.model;

/** The part someone plays in a case. A person's role is kept per person and may change as the case unfolds. */
public enum PersonRole {
    VICTIM,
    SENDER,
    FORWARDER,
    BYSTANDER,
    REPORTER,
    STAFF_MEMBER;

    public boolean isPerpetrator() {
        return this == SENDER || this == FORWARDER;
    }
}
