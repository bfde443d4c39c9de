package nl.schoolboard.sexting.prevention.access;

import nl.schoolboard.sexting.prevention.planning.ChangedBy;

import java.util.List;

/**
 * The person behind an HTTP request, from their access token: pseudonymous user id ({@code sub}), the role they act
 * in, their board and the schools they work at (empty for board-wide roles).
 */
public record RequestActor(String userId, StaffRole role, String boardId, List<String> schools) {

    public RequestActor {
        schools = schools == null ? List.of() : List.copyOf(schools);
    }

    public boolean worksAt(String schoolId) {
        return schoolId != null && schools.contains(schoolId);
    }

    /** How a change this person makes is recorded: user id and acting role, never a name. */
    public ChangedBy changedBy() {
        return new ChangedBy(userId, role.name());
    }
}
