package nl.schoolboard.sexting.caseservice.actor;

import java.util.List;

/**
 * The person behind an HTTP request, from their access token: pseudonymous user id, the role they act in, their
 * board and the schools they work at (empty for board-wide roles).
 */
public record RequestActor(String userId, StaffRole role, String boardId, List<String> schools, String correlationId) {

    public RequestActor {
        schools = schools == null ? List.of() : List.copyOf(schools);
    }

    public boolean worksAt(String schoolId) {
        return schoolId != null && schools.contains(schoolId);
    }
}
