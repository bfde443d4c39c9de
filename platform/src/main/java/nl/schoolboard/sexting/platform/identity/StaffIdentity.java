package nl.schoolboard.sexting.platform.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who a valid access token says its holder is, once the board's claims are mapped to ours: the pseudonymous user id,
 * the board, the schools (empty for board-wide roles) and at least one role, in the order the token gives them.
 */
public record StaffIdentity(String userId, String boardId, List<String> schools, List<StaffRole> roles) {

    public StaffIdentity {
        schools = List.copyOf(schools);
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a staff identity has at least one role");
        }
    }

    /**
     * The role the caller acts in: the one they chose ({@code X-Acting-Role}), which must be one of theirs, or else
     * their first.
     *
     * @throws NotAllowedForRole when the chosen role is not one of theirs (or not a role at all)
     */
    public StaffRole actingAs(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return roles.get(0);
        }
        String name = chosen.trim().toUpperCase(Locale.ROOT);
        return roles.stream().filter(role -> role.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotAllowedForRole("acting role " + name + " is not one of the caller's",
                        "not-one-of-your-roles", Map.of("role", name)));
    }
}
