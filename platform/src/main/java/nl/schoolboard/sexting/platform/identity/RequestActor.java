package nl.schoolboard.sexting.platform.identity;

import java.util.Arrays;
import java.util.List;

/**
 * The person behind an HTTP request, from their access token: pseudonymous user id ({@code sub}), the role they act
 * in, their board and the schools they work at (empty for board-wide roles), and the request's correlation id (its trace id).
 * Nothing else a caller sends is believed about who they are.
 */
public record RequestActor(String userId, StaffRole role, String boardId, List<String> schools, String correlationId) {

    public RequestActor {
        schools = schools == null ? List.of() : List.copyOf(schools);
    }

    public boolean worksAt(String schoolId) {
        return schoolId != null && schools.contains(schoolId);
    }

    public boolean of(String boardId) {
        return this.boardId.equals(boardId);
    }

    public boolean actsAs(StaffRole... roles) {
        return Arrays.asList(roles).contains(role);
    }
}
