package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolViolation;

/**
 * One rule of the protocol that depends on the case's state, asked by the case (the aggregate) before it records a
 * step. A rule refuses by throwing: {@link ProtocolViolation} (409) when the protocol does not allow the step now,
 * {@link InvalidCommand} (400) when a field names something the case does not hold.
 */
@FunctionalInterface
public interface ProtocolRule {

    void check(CaseFile file);
}
