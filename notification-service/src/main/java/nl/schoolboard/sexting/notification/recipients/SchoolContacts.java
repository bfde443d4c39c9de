package nl.schoolboard.sexting.notification.recipients;

import java.util.Optional;

/** Each school's contact for parents, as the school keeps it in the directory. */
public interface SchoolContacts {

    /** The school's contact; empty while the school has not given one. */
    Optional<SchoolContact> of(String boardId, String schoolId);
}
