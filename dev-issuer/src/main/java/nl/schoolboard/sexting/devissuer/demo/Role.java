package nl.schoolboard.sexting.devissuer.demo;

/** The roles the services know; the {@code roles} claim holds these names. */
public enum Role {
    SCHOOL_LEADER(true),
    CARE_COORDINATOR(true),
    CONFIDENTIAL_COUNSELLOR(true),
    TEAM_MEMBER(true),
    BOARD_ADMINISTRATOR(false),
    AUDITOR(false);

    private final boolean atSchools;

    Role(boolean atSchools) {
        this.atSchools = atSchools;
    }

    /** {@code true}: someone in this role works at one or more schools; {@code false}: board-wide, no schools. */
    public boolean atSchools() {
        return atSchools;
    }
}
