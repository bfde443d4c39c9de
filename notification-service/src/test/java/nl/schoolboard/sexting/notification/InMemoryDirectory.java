package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.notification.recipients.ContactDirectory;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.StaffMember;
import nl.schoolboard.sexting.notification.recipients.StaffRole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A contact directory in memory, for rule tests. */
public final class InMemoryDirectory implements ContactDirectory {

    private final Map<String, List<StaffMember>> staff = new HashMap<>();
    private final Map<String, List<Guardian>> guardians = new HashMap<>();

    public InMemoryDirectory staff(String board, String school, String ref, String email, Language language,
                                   StaffRole... roles) {
        staff.computeIfAbsent(board + "|" + school, key -> new ArrayList<>())
                .add(new StaffMember(ref, Set.of(roles), email, language));
        return this;
    }

    public InMemoryDirectory guardian(String board, String school, String pupil, String name, String email,
                                      Language language) {
        guardians.computeIfAbsent(board + "|" + school + "|" + pupil, key -> new ArrayList<>())
                .add(new Guardian(name, email, language));
        return this;
    }

    @Override
    public List<StaffMember> staff(String boardId, String schoolId) {
        return staff.getOrDefault(boardId + "|" + schoolId, List.of()).stream()
                .sorted(Comparator.comparing(StaffMember::staffRef)).toList();
    }

    @Override
    public Optional<StaffMember> staffMember(String boardId, String schoolId, String staffRef) {
        return staff(boardId, schoolId).stream().filter(member -> member.staffRef().equals(staffRef)).findFirst();
    }

    @Override
    public List<Guardian> guardians(String boardId, String schoolId, String pupilRef) {
        return List.copyOf(guardians.getOrDefault(boardId + "|" + schoolId + "|" + pupilRef, List.of()));
    }
}
