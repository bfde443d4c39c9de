package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.voice.TakedownChannel;
import nl.schoolboard.sexting.caseservice.incident.voice.TakedownOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 5: the image was reported to be taken offline (where, when, with what outcome). Recorded again for another
 * place or when the outcome is known.
 *
 * @param occurredAt      when it was reported; may lie in the past, never in the future
 */
public record RecordTakedown(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        TakedownChannel reportedTo,
        TakedownOutcome outcome) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.required("reportedTo", reportedTo, RuleCode.TAKEDOWN_CHANNEL_MISSING)
             .required("outcome", outcome, RuleCode.TAKEDOWN_OUTCOME_MISSING);
    }
}
