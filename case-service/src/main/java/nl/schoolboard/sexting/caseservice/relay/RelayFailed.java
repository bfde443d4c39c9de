package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.contracts.CaseEvent;

/** The broker did not acknowledge a case event in time; the relay stops at this event and retries it. */
class RelayFailed extends RuntimeException {

    RelayFailed(CaseEvent event, Throwable cause) {
        super("Kafka did not acknowledge " + event.type() + " " + event.eventId() + " of case " + event.caseId(), cause);
    }
}
