package nl.schoolboard.sexting.caseservice.incident.model;

/** A school board (schoolbestuur): the tenant. */
public record BoardId(String value) {

    @Override
    public String toString() {
        return value;
    }
}
