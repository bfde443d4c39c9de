package nl.schoolboard.sexting.contracts.payload;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code IncidentReported}, schema version 1. Codes and references only: no names, no free text.
 *
 * @param cameToLightAt      when the school learned of the incident
 * @param cameToLightHow     code of the way it came to light (e.g. {@code PUPIL_TOLD_STAFF})
 * @param materialKind       code of the kind of material (e.g. {@code PHOTO}); the material itself is never stored
 * @param platforms          codes of the platforms it went round on
 * @param minorNudeInvolved  the material shows a minor nude: police contact becomes mandatory
 * @param involvedPupils     school-internal pupil references with the role each has in the case
 * @param yearGroups         affected year groups, for planning preventive lessons
 */
public record IncidentReportedPayload(
        Instant cameToLightAt,
        String cameToLightHow,
        String materialKind,
        List<String> platforms,
        boolean minorNudeInvolved,
        List<InvolvedPupil> involvedPupils,
        List<String> yearGroups) {

    public record InvolvedPupil(String pupilRef, String role) {
    }
}
