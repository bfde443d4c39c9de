package nl.schoolboard.sexting.notification.directory;

import nl.schoolboard.sexting.notification.recipients.Guardian;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The guardians of one pupil in one generation of a school's guardian lists; id
 * {@code board|school|generation|pupilRef}. One document per pupil, so that changing a pupil's guardians is one
 * atomic write.
 */
@Document(PupilGuardiansDocument.COLLECTION)
record PupilGuardiansDocument(
        @Id String id,
        String boardId,
        String schoolId,
        String generation,
        String pupilRef,
        List<Guardian> guardians,
        Instant writtenAt) {

    static final String COLLECTION = "directory_guardians";

    static String idOf(String boardId, String schoolId, String generation, String pupilRef) {
        return boardId + "|" + schoolId + "|" + generation + "|" + pupilRef;
    }

    static PupilGuardiansDocument of(String boardId, String schoolId, String generation, PupilGuardians pupil,
                                     Instant now) {
        return new PupilGuardiansDocument(idOf(boardId, schoolId, generation, pupil.pupilRef()), boardId, schoolId,
                generation, pupil.pupilRef(), pupil.guardians(), now);
    }

    PupilGuardians pupil() {
        return new PupilGuardians(pupilRef, guardians);
    }
}
