package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;

import java.time.Instant;

/**
 * What is known of a person in the case, as a whole: it replaces what was recorded of them before. When it became
 * known is {@code occurredAt}; why it changed is the reason (about the person, erasable with their key).
 */
public record PersonFactsRecorded(
        CaseId caseId,
        Instant occurredAt,
        PersonRef person,
        PersonFacts facts,
        PersonalText reason) implements CaseFact {
}
