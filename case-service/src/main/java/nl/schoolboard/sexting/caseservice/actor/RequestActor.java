package nl.schoolboard.sexting.caseservice.actor;

/** The person behind an HTTP request: pseudonymous user id, the role they act in, and their board. */
public record RequestActor(String userId, StaffRole role, String boardId, String correlationId) {
}
