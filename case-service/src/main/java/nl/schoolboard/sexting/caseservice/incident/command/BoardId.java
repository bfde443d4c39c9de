package nl.schoolboard.sexting.caseservice.incident.command;

/** A school board (schoolbestuur): the tenant. */
public record BoardId(String value) {

    @Override
    public String toString() {
        return value;
    }
}
