package nl.schoolboard.sexting.caseservice.incident.query;

/** No case with this id within the caller's board (or none yet: views can lag a moment behind a command). */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String caseId) {
        super("There is no case " + caseId + " for your school board.");
    }
}
