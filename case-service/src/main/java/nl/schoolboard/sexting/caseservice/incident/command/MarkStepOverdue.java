package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the deadline watch when it finds a step past its due time; the case decides whether it really is. */
public record MarkStepOverdue(@TargetAggregateIdentifier CaseId caseId, ProtocolStep step) {
}
