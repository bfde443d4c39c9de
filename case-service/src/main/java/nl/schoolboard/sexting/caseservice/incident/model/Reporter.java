package nl.schoolboard.sexting.caseservice.incident.model;

/** The staff member who records the report: a pseudonymous user id and the role they act in. */
public record Reporter(String userId, String role) {
}
