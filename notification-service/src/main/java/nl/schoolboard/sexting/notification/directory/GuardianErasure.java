package nl.schoolboard.sexting.notification.directory;

import nl.schoolboard.sexting.notification.recipients.Guardian;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Erasing a pupil's guardians for an erasure request (AVG/GDPR). Contact data is not event-sourced here, so erasing
 * is deleting: from every generation of the school's guardian lists. An import of the school's guardian file that
 * still lists them brings them back, as the school's new decision.
 */
@Component
public class GuardianErasure {

    private final DirectoryStore store;

    GuardianErasure(DirectoryStore store) {
        this.store = store;
    }

    /** @return how many guardians were listed for the pupil (0 when none were, e.g. when erased before) */
    public int erase(String boardId, String schoolId, String pupilRef) {
        List<Guardian> listed = store.guardians(boardId, schoolId, pupilRef);
        store.eraseGuardians(boardId, schoolId, pupilRef);
        return listed.size();
    }
}
