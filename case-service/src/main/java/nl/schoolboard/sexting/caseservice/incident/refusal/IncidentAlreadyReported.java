package nl.schoolboard.sexting.caseservice.incident.refusal;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

/**
 * A report arrived for a case that already holds a different report: the idempotency key was used before for
 * something else. An identical repeat is not an error; it is simply accepted once.
 */
public class IncidentAlreadyReported extends RuntimeException {

    private final long currentVersion;

    public IncidentAlreadyReported(CaseId caseId, long currentVersion) {
        super("already-reported " + caseId);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
