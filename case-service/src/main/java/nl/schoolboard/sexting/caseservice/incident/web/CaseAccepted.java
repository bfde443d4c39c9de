package nl.schoolboard.sexting.caseservice.incident.web;

/** Answer to a command: the case and the version it has after the command. Views may still be catching up. */
public record CaseAccepted(String caseId, long version) {
}
