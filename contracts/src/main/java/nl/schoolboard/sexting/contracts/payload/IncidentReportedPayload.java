package nl.schoolboard.sexting.contracts.payload;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code IncidentReported}: the case is open. Codes and references only: no names, no free text.
 *
 * @param cameToLightAt      when the school learned of the incident
 * @param cameToLightHow     code of the way it came to light (e.g. {@code PUPIL_TOLD_STAFF})
 * @param materialKind       code of the kind of material (e.g. {@code PHOTO}); the material itself is never stored
 * @param platforms          codes of the platforms it went round on, in alphabetical order
 * @param minorNudeInvolved  the material shows a minor nude: police contact becomes mandatory
 * @param involvedPupils     school-internal pupil references with the role each has in the case
 * @param yearGroups         affected year groups, for planning preventive lessons
 */
public record IncidentReportedPayload(
        Instant cameToLightAt,
        Code cameToLightHow,
        Code materialKind,
        List<Code> platforms,
        boolean minorNudeInvolved,
        List<InvolvedPupil> involvedPupils,
        List<YearGroup> yearGroups) implements CaseEventPayload {

    /** One pupil and the part they play, e.g. {@code VICTIM} or {@code SENDER}. */
    public record InvolvedPupil(PersonReference pupilRef, Code role) {
    }
}
