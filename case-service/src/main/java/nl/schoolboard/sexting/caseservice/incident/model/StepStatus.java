package nl.schoolboard.sexting.caseservice.incident.model;

import java.time.Instant;

/**
 * One line of the protocol checklist.
 *
 * @param required whether closing the case needs this step taken or a reason for not taking it
 * @param dueAt    when it should be taken, if the board's policy sets a deadline for it
 * @param overdue  whether its due time passed while it was open
 * @param reason   why it was skipped, when it was
 */
public record StepStatus(ProtocolStep step, boolean required, StepState state, Instant dueAt, boolean overdue,
                         String reason) {
}
