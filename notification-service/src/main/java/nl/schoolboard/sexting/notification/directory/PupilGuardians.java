package nl.schoolboard.sexting.notification.directory;

import nl.schoolboard.sexting.notification.recipients.Guardian;

import java.util.List;

/** The guardians of one pupil, by pupil reference. */
public record PupilGuardians(String pupilRef, List<Guardian> guardians) {

    public PupilGuardians {
        guardians = List.copyOf(guardians);
    }
}
