package nl.schoolboard.sexting.caseservice.incident.people;

import nl.schoolboard.sexting.caseservice.incident.model.BoardId;

/** The age rules each board has set (or the defaults). */
@FunctionalInterface
public interface AssessmentRules {

    AgeRules forBoard(BoardId board);
}
