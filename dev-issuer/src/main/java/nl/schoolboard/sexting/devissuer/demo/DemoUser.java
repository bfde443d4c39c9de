package nl.schoolboard.sexting.devissuer.demo;

import java.util.List;
import java.util.Objects;

/**
 * A demo user who can sign in to the web UI (password {@link DemoBoard#PASSWORD}) or be named in
 * {@code POST /dev/tokens}.
 *
 * @param username what is typed into the login form
 * @param subject  the stable pseudonymous user id: the {@code sub} claim
 * @param name     display name for the UI
 * @param board    board id
 * @param schools  ids of the schools the user works at; empty for board-wide roles
 * @param role     the one role of this demo user
 */
public record DemoUser(String username, String subject, String name, String board, List<String> schools, Role role) {

    public DemoUser {
        Objects.requireNonNull(username);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(name);
        Objects.requireNonNull(board);
        schools = List.copyOf(schools);
        Objects.requireNonNull(role);
        if (role.atSchools() == schools.isEmpty()) {
            throw new IllegalArgumentException(username + ": a " + role + " works "
                    + (role.atSchools() ? "at one or more schools" : "board-wide, at no school"));
        }
    }
}
