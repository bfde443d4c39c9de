package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFinding;
import nl.schoolboard.sexting.caseservice.incident.people.PoliceGround;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The school leader's assessment of the people in the case: what the system proposed from the facts, what was
 * decided, why the police must be involved, and whether the Meldcode applies. Where the decision deviates from the
 * proposal, the reason says why. The latest decision is the one that counts.
 */
public record AssessmentDecided(
        CaseId caseId,
        Instant occurredAt,
        List<PersonFinding> proposed,
        List<PersonFinding> decided,
        Set<PoliceGround> policeGrounds,
        boolean meldcodeApplies,
        PersonalText reason) implements CaseFact {
}
