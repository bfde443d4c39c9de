package nl.schoolboard.sexting.caseservice.incident.command;

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
