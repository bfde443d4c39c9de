package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.recipients.StaffRole;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who is alerted about a school's case: its school leader(s) and care coordinator(s), each once. */
@Component
class AlertRecipients {

    private final ContactDirectory directory;
    /** Who an alert is addressed to when the board has no fallback mailbox: nobody; recorded as failed. */
    static final String NO_FALLBACK_MAILBOX = "no fallback mailbox";

    private final FallbackMailboxes fallbackMailboxes;

    AlertRecipients(ContactDirectory directory, FallbackMailboxes fallbackMailboxes) {
        this.directory = directory;
        this.fallbackMailboxes = fallbackMailboxes;
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

    /**
     * The same, or the board's fallback mailbox when the school lists neither role. A board without one gets a
     * care-staff recipient without an address, so that the alert is recorded as failed ({@code NO_RECIPIENT}),
     * visibly, rather than left out or sent to a mailbox of another board.
     */
    List<Recipient> leadersAndCoordinatorsOrCareStaff(String boardId, String schoolId) {
        List<Recipient> listed = leadersAndCoordinators(boardId, schoolId);
        if (!listed.isEmpty()) {
            return listed;
        }
        return List.of(fallbackMailboxes.of(boardId)
                .map(address -> new Recipient(RecipientKind.CARE_STAFF, address))
                .orElseGet(() -> new Recipient(RecipientKind.CARE_STAFF, NO_FALLBACK_MAILBOX, null, null)));
    }

    private static Recipient recipient(StaffMember member) {
        RecipientKind kind = member.has(StaffRole.SCHOOL_LEADER) ? RecipientKind.SCHOOL_LEADER
                : RecipientKind.CARE_COORDINATOR;
        return new Recipient(kind, member.staffRef(), member.email(), member.language());
    }
}
