package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;

import java.time.Instant;
import java.util.Set;
import nl.schoolboard.sexting.caseservice.incident.people.HelpSite;

/**
 * Sextortion track: the victim (and the parents) were advised to keep the evidence themselves (the school never keeps
 * it), to have no contact with the extorter and not to pay, and where to get help. Every part is required.
 */
public record GiveSextortionAdvice(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        boolean evidenceKeptWithVictim,
        boolean noContactWithExtorter,
        Set<HelpSite> helpSites) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.check(evidenceKeptWithVictim, "evidenceKeptWithVictim", RuleCode.EVIDENCE_MUST_STAY_WITH_VICTIM)
             .check(noContactWithExtorter, "noContactWithExtorter", RuleCode.NO_CONTACT_ADVICE_MISSING)
             .required("helpSites", helpSites, RuleCode.HELP_SITES_MISSING);
    }
}
