package nl.schoolboard.sexting.devissuer.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonFormat;
import nl.schoolboard.sexting.devissuer.demo.DemoBoard;
import nl.schoolboard.sexting.devissuer.demo.DemoUser;
import nl.schoolboard.sexting.devissuer.demo.Role;

/**
 * The body of {@code POST /dev/tokens}: either a demo user ({@code {"username": "demo-leader"}}) or the claims
 * themselves ({@code sub}, {@code board}, {@code schools}, {@code roles}, {@code name}); in both cases optionally
 * {@code expiresIn} (seconds, may be zero or negative for an already expired token) and {@code audience} (one
 * value or an array, replacing {@value IdentityClaims#AUDIENCE}; an empty array leaves {@code aud} out).
 */
public record DevTokenRequest(
        String username,
        String sub,
        String board,
        List<String> schools,
        List<String> roles,
        String name,
        Long expiresIn,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> audience) {

    /** The claims this request asks for; {@link InvalidTokenRequest} says what is wrong with it. */
    IdentityClaims identity() {
        if (username != null) {
            List<String> mixed = new ArrayList<>();
            addIfSet(mixed, "sub", sub);
            addIfSet(mixed, "board", board);
            addIfSet(mixed, "schools", schools);
            addIfSet(mixed, "roles", roles);
            addIfSet(mixed, "name", name);
            if (!mixed.isEmpty()) {
                throw new InvalidTokenRequest("Give either a demo user (username) or the claims (sub, board, "
                        + "schools, roles, name), not both; this request has username and " + String.join(", ", mixed)
                        + ".");
            }
            DemoUser user = DemoBoard.byUsername(username).orElseThrow(() -> new InvalidTokenRequest(
                    "There is no demo user '" + username + "'. Demo users: " + DemoBoard.USERS.stream()
                            .map(DemoUser::username).collect(Collectors.joining(", ")) + "."));
            return IdentityClaims.of(user);
        }
        if (isBlank(sub)) {
            throw new InvalidTokenRequest("A token needs a subject: give 'sub' (or 'username' for a demo user).");
        }
        if (isBlank(board)) {
            throw new InvalidTokenRequest("A token needs a board: give 'board', e.g. \"" + DemoBoard.BOARD + "\".");
        }
        List<String> schoolIds = schools == null ? List.of() : schools;
        if (schoolIds.stream().anyMatch(DevTokenRequest::isBlank)) {
            throw new InvalidTokenRequest("'schools' holds an empty school id.");
        }
        List<String> roleNames = roles == null ? List.of() : roles;
        for (String role : roleNames) {
            if (Arrays.stream(Role.values()).noneMatch(known -> known.name().equals(role))) {
                throw new InvalidTokenRequest("'" + role + "' is not a role. Roles: " + Arrays.stream(Role.values())
                        .map(Role::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        return new IdentityClaims(sub, board, schoolIds, roleNames, isBlank(name) ? sub : name);
    }

    private static void addIfSet(List<String> names, String name, Object value) {
        if (value != null) {
            names.add(name);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
