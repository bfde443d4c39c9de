package nl.schoolboard.sexting.notification.directory;

import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/** One team member in one generation of a school's staff list; id {@code board|school|generation|staffRef}. */
@Document(StaffDocument.COLLECTION)
record StaffDocument(
        @Id String id,
        String boardId,
        String schoolId,
        String generation,
        String staffRef,
        List<StaffRole> roles,
        String email,
        Language language,
        Instant writtenAt) {

    static final String COLLECTION = "directory_staff";

    static String idOf(String boardId, String schoolId, String generation, String staffRef) {
        return boardId + "|" + schoolId + "|" + generation + "|" + staffRef;
    }

    static StaffDocument of(String boardId, String schoolId, String generation, StaffMember member, Instant now) {
        return new StaffDocument(idOf(boardId, schoolId, generation, member.staffRef()), boardId, schoolId,
                generation, member.staffRef(), member.sortedRoles(), member.email(), member.language(), now);
    }

    StaffMember member() {
        return new StaffMember(staffRef, new HashSet<>(roles), email, language);
    }
}
