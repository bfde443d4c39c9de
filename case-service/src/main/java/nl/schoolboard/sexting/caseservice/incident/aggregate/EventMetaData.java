package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * What the case stamps on each of its events: its own board and school (never copied from a command, so a caller
 * cannot set them), for the relay and the audit; and the idempotency key of the command that caused it, so that the
 * case remembers the key when it is loaded again.
 */
final class EventMetaData {

    private EventMetaData() {
    }

    static MetaData of(IncidentReported theCase) {
        MetaData own = MetaData.with(IncidentCase.BOARD_ID, theCase.boardId().value())
                .and(IncidentCase.SCHOOL_ID, theCase.schoolId().value());
        return CurrentUnitOfWork.isStarted() ? own.mergedWith(IdempotencyKeys.of(CurrentUnitOfWork.get().getMessage())) : own;
    }
}
