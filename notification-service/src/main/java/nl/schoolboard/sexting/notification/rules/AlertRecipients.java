package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who is alerted about a school's case: its school leader(s) and care coordinator(s), each once. */
@Component
class AlertRecipients {

    private final ContactDirectory directory;
    private final String careStaffAddress;

    @Autowired
    AlertRecipients(ContactDirectory directory, NotificationProperties properties) {
        this(directory, properties.careStaffAddress());
    }

    AlertRecipients(ContactDirectory directory, String careStaffAddress) {
        this.directory = directory;
        this.careStaffAddress = careStaffAddress;
    }

    /**
     * The school leaders and care coordinators the directory lists for the school, each address once (someone with
     * both roles is told as school leader); empty if it lists none.
     */
    List<Recipient> leadersAndCoordinators(String boardId, String schoolId) {
        Set<String> addresses = new HashSet<>();
        return directory.staff(boardId, schoolId).stream()
                .filter(member -> member.has(StaffRole.SCHOOL_LEADER) || member.has(StaffRole.CARE_COORDINATOR))
                .filter(member -> addresses.add(member.email().toLowerCase(Locale.ROOT)))
                .map(AlertRecipients::recipient)
                .toList();
    }

    /** The same, or the configured care-staff address when the school lists neither role. */
    List<Recipient> leadersAndCoordinatorsOrCareStaff(String boardId, String schoolId) {
        List<Recipient> listed = leadersAndCoordinators(boardId, schoolId);
        return listed.isEmpty() ? List.of(new Recipient(RecipientKind.CARE_STAFF, careStaffAddress)) : listed;
    }

    private static Recipient recipient(StaffMember member) {
        RecipientKind kind = member.has(StaffRole.SCHOOL_LEADER) ? RecipientKind.SCHOOL_LEADER
                : RecipientKind.CARE_COORDINATOR;
        return new Recipient(kind, member.staffRef(), member.email(), member.language());
    }
}
