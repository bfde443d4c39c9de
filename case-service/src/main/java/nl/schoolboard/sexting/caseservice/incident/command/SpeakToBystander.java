package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 5: a conversation with a pupil who received or saw the image: told to delete it and not to pass it on. The
 * conversation is for that, so both must have been said.
 */
public record SpeakToBystander(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef bystander,
        boolean toldToDelete,
        boolean toldNotToShare) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("bystander", bystander)
             .check(toldToDelete, "toldToDelete", RuleCode.BYSTANDER_NOT_TOLD_TO_DELETE)
             .check(toldNotToShare, "toldNotToShare", RuleCode.BYSTANDER_NOT_TOLD_NOT_TO_SHARE);
    }
}
