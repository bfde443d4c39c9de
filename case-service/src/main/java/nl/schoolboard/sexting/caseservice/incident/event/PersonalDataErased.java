package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ErasureReason;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Instant;
import java.util.List;

/**
 * The personal texts of {@code subject} in this case (or of the whole case when null) are to be unreadable from now on.
 *
 * @param reached the people whose texts the erasure covers, as the case knew them when it was recorded: the subject,
 *                or everyone in the case. Null in erasures recorded before the field existed.
 */
public record PersonalDataErased(CaseId caseId, Instant occurredAt, PersonRef subject, ErasureReason reason,
                                 List<PersonRef> reached) implements CaseFact {

    public PersonalDataErased(CaseId caseId, Instant occurredAt, PersonRef subject, ErasureReason reason) {
        this(caseId, occurredAt, subject, reason, subject == null ? null : List.of(subject));
    }
}
