package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ErasureReason;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Erase the personal texts of one person in this case, or of the whole case when {@code subject} is null. The keys
 * are destroyed once the erasure is recorded; the events stay, their texts unreadable.
 */
public record ErasePersonalData(@TargetAggregateIdentifier CaseId caseId, Instant occurredAt, PersonRef subject,
                                ErasureReason reason) implements ValidatedCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.occurredAt(occurredAt).required("reason", reason, RuleCode.ERASURE_REASON_MISSING);
    }
}
