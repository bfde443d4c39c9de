package nl.schoolboard.sexting.caseservice.incident.refusal;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

/**
 * A command for a case the caller cannot reach: another board's, a school's they do not work at, or no case at all.
 * Answered as "not found", so that case ids reveal nothing across boards and schools.
 */
public class CaseOutOfReach extends RuntimeException {

    public CaseOutOfReach(CaseId caseId) {
        super("case-out-of-reach " + caseId);
    }
}
