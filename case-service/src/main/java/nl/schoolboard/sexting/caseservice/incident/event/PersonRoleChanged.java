package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;

import java.time.Instant;

/** One person's role changed, with the reason. */
public record PersonRoleChanged(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        PersonRole from,
        PersonRole to,
        PersonalText reason) implements CaseFact {
}
