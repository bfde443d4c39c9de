package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Step 0 of the protocol (melding): a sexting incident has come to light. Opens the case.
 *
 * @param cameToLightAt when the school learned of it; may lie in the past, never in the future
 * @param yearGroups    the year groups the involved pupils are in, for planning lessons; no pupil names
 */
public record ReportIncident(
        @TargetAggregateIdentifier CaseId caseId,
        BoardId boardId,
        SchoolId schoolId,
        Instant cameToLightAt,
        CameToLight cameToLightHow,
        MaterialKind materialKind,
        Set<Platform> platforms,
        Boolean minorNudeInvolved,
        List<InvolvedPupil> involvedPupils,
        List<String> yearGroups,
        Reporter reportedBy) implements ValidatedCommand {

    @Override
    public void checkFields(FieldCheck check) {
        ReportRules.check(this, check);
    }

    /** The fact this report records; absent lists and sets are empty, an absent answer on the material is no. */
    public IncidentReported reported() {
        return new IncidentReported(caseId, boardId, schoolId, cameToLightAt, cameToLightHow, materialKind,
                platforms == null ? Set.of() : Set.copyOf(platforms), Boolean.TRUE.equals(minorNudeInvolved),
                involvedPupils == null ? List.of() : List.copyOf(involvedPupils),
                yearGroups == null ? List.of() : List.copyOf(yearGroups), reportedBy);
    }

    /** A retry may come from another device, by another reporter; what matters is the same facts about the incident. */
    public boolean isRepeatOf(IncidentReported stored) {
        IncidentReported retried = reported();
        return stored.equals(new IncidentReported(retried.caseId(), retried.boardId(), retried.schoolId(),
                retried.cameToLightAt(), retried.cameToLightHow(), retried.materialKind(), retried.platforms(),
                retried.minorNudeInvolved(), retried.involvedPupils(), retried.yearGroups(), stored.reportedBy()));
    }
}
