package nl.schoolboard.sexting.caseservice.incident.command;

/** A command for a case of another board. Answered as "not found", so that case ids reveal nothing across boards. */
public class CaseOfAnotherBoard extends RuntimeException {

    public CaseOfAnotherBoard(CaseId caseId) {
        super("There is no case " + caseId + " for your school board.");
    }
}
