package nl.schoolboard.sexting.caseservice.incident.people;

/** Who a person is to the school: what decides which track and which sanctions apply to them. */
public enum Affiliation {
    PUPIL_OF_THIS_SCHOOL,
    PUPIL_OF_ANOTHER_SCHOOL,
    STAFF,
    ADULT_OUTSIDER;

    public boolean isPupil() {
        return this == PUPIL_OF_THIS_SCHOOL || this == PUPIL_OF_ANOTHER_SCHOOL;
    }
}
