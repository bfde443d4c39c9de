package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 4: where the evidence is. Never with the school.
 */
public record RecordEvidenceLocation(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        Values.EvidenceLocation location) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.required("location", location, RuleCode.EVIDENCE_LOCATION_MISSING);
    }
}
