package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The body of {@code POST /api/cases}. The rules for each field live in the domain, not here. */
public record ReportRequest(
        String schoolId,
        Instant cameToLightAt,
        CameToLight cameToLightHow,
        MaterialKind materialKind,
        Set<Platform> platforms,
        Boolean minorNudeInvolved,
        List<Pupil> involvedPupils,
        List<String> yearGroups) {

    public record Pupil(String pupilRef, PersonRole role) {
    }
}
