package nl.schoolboard.sexting.caseservice.incident.model;

/** A pupil involved in the case, by reference, with their role. */
public record InvolvedPupil(PersonRef pupil, PersonRole role) {
}
