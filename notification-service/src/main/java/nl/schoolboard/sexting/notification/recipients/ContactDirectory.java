package nl.schoolboard.sexting.notification.recipients;

import java.util.List;
import java.util.Optional;

/**
 * Who is who at a school, per board and school: the team (by staff reference) and the guardians of each pupil (by
 * pupil reference). The school keeps it up to date through the directory API; this service owns the data, and it
 * never leaves it (not on Kafka, not in the case service).
 */
public interface ContactDirectory {

    /** The school's team, ordered by staff reference; empty when the school listed nobody. */
    List<StaffMember> staff(String boardId, String schoolId);

    Optional<StaffMember> staffMember(String boardId, String schoolId, String staffRef);

    /** The guardians of one pupil of the school; empty when none are listed. */
    List<Guardian> guardians(String boardId, String schoolId, String pupilRef);
}
