package nl.schoolboard.sexting.notification;

import nl.schoolboard.sexting.testsupport.TestTokens;

import java.util.List;

/**
 * Someone the tests act as: the claims of their access token. {@link TestTokens} turns them into a signed token, the
 * only thing a request carries about who makes it.
 *
 * @param user    the token's {@code sub}: the user id, which is also the staff reference a briefing names them by
 * @param roles   the token's {@code roles}; the first is the one acted in unless {@code X-Acting-Role} says otherwise
 * @param board   the token's {@code board}
 * @param schools the token's {@code schools}
 */
public record TestIdentity(String user, List<String> roles, String board, List<String> schools) {

    public static TestIdentity of(String user, String role, String board, String... schools) {
        return new TestIdentity(user, List.of(role), board, List.of(schools));
    }

    public static TestIdentity leaderOf(String board, String school) {
        return of("leader-" + school, "SCHOOL_LEADER", board, school);
    }

    public static TestIdentity coordinatorOf(String board, String school) {
        return of("coordinator-" + school, "CARE_COORDINATOR", board, school);
    }

    public static TestIdentity counsellorOf(String board, String school) {
        return of("counsellor-" + school, "CONFIDENTIAL_COUNSELLOR", board, school);
    }

    public static TestIdentity teamMember(String user, String board, String school) {
        return of(user, "TEAM_MEMBER", board, school);
    }

    public static TestIdentity boardAdministrator(String board) {
        return of("administrator-" + board, "BOARD_ADMINISTRATOR", board);
    }

    public static TestIdentity auditor(String board) {
        return of("auditor-" + board, "AUDITOR", board);
    }

    public String token() {
        return TestTokens.withRoles(user, roles, board, schools);
    }

    public String expired() {
        return TestTokens.expired(user, roles, board, schools);
    }

    public String forAnotherAudience() {
        return TestTokens.forAnotherAudience(user, roles, board, schools);
    }

    public String stranger() {
        return TestTokens.stranger(user, roles, board, schools);
    }
}
