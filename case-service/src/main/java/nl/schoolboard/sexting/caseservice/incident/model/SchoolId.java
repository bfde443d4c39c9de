package nl.schoolboard.sexting.caseservice.incident.model;

/** One school of a board. */
public record SchoolId(String value) {

    @Override
    public String toString() {
        return value;
    }
}
