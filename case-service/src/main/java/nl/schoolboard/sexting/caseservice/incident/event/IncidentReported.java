package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The case is open. When it happened is {@code cameToLightAt}; when it was recorded is the event's timestamp,
 * set by the event store at the moment of storage.
 */
public record IncidentReported(
        CaseId caseId,
        BoardId boardId,
        SchoolId schoolId,
        Instant cameToLightAt,
        CameToLight cameToLightHow,
        MaterialKind materialKind,
        Set<Platform> platforms,
        boolean minorNudeInvolved,
        List<InvolvedPupil> involvedPupils,
        List<String> yearGroups,
        Reporter reportedBy) implements CaseFact {

    @Override
    public Instant occurredAt() {
        return cameToLightAt;
    }
}
