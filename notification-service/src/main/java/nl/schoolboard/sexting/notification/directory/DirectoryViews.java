package nl.schoolboard.sexting.notification.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.recipients.StaffRole;

import java.util.List;

/** What the directory API answers. */
final class DirectoryViews {

    private DirectoryViews() {
    }

    record StaffMemberView(String staffRef, List<StaffRole> roles, String email, String language) {
        static StaffMemberView of(StaffMember member) {
            return new StaffMemberView(member.staffRef(), member.sortedRoles(), member.email(),
                    member.language().code());
        }
    }

    record GuardianView(String name, String email, String language) {
        static GuardianView of(Guardian guardian) {
            return new GuardianView(guardian.name(), guardian.email(), guardian.language().code());
        }
    }

    record PupilGuardiansView(String pupilRef, List<GuardianView> guardians) {
        static PupilGuardiansView of(PupilGuardians pupil) {
            return new PupilGuardiansView(pupil.pupilRef(), pupil.guardians().stream().map(GuardianView::of).toList());
        }
    }

    /** What an import changed: the data rows read, and the team members or the pupils now listed (not the other). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportView(int rows, Integer staffMembers, Integer pupils) {
    }
}
