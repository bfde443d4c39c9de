package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.model.BoardId;

/** The deadline policy each board has set (or the defaults). */
@FunctionalInterface
public interface DeadlinePolicies {

    DeadlinePolicy forBoard(BoardId board);
}
