package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.people.HelpSite;

import java.time.Instant;
import java.util.Set;

/** Sextortion track: the victim (and parents) were advised; every part of the advice was given. */
public record SextortionAdviceGiven(
        CaseId caseId,
        Instant occurredAt,
        boolean evidenceKeptWithVictim,
        boolean noContactWithExtorter,
        Set<HelpSite> helpSites) implements CaseFact {
}
