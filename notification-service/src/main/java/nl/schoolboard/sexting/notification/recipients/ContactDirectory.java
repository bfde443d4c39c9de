package nl.schoolboard.sexting.notification.recipients;

import java.util.List;

/**
 * Who to reach at a school in a given role. The walking skeleton knows one configured address; the contact directory
 * that a school maintains itself replaces {@link ConfiguredContactDirectory} without changing the callers.
 */
public interface ContactDirectory {

    /** The school's care staff (zorgcoördinator, intern begeleider, vertrouwenspersoon); may be empty. */
    List<Recipient> careStaff(String boardId, String schoolId);
}
