package nl.schoolboard.sexting.devissuer.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo data of the development issuer: the board {@value #BOARD} with three schools and one user per role,
 * a second school leader at another school of the same board (to show that schools are kept apart), and a second
 * board {@value #OTHER_BOARD} with one school and one school leader (for attack tests across boards). Every demo
 * user has the password {@value #PASSWORD}.
 */
public final class DemoBoard {

    public static final String BOARD = "demo-board";
    public static final String OTHER_BOARD = "other-board";
    public static final String PASSWORD = "demo";

    public static final School NOORD = new School("school-noord", "Demo College Noord", BOARD);
    public static final School MIDDEN = new School("school-midden", "Demo College Midden", BOARD);
    public static final School ZUID = new School("school-zuid", "Demo College Zuid", BOARD);
    public static final School ELSEWHERE = new School("other-school", "Lyceum Elders (other board)", OTHER_BOARD);

    public static final List<School> SCHOOLS = List.of(NOORD, MIDDEN, ZUID, ELSEWHERE);

    public static final List<DemoUser> USERS = List.of(
            atSchool("demo-leader", "demo-leader-noord-1", "Demo Schoolleider Noord", NOORD, Role.SCHOOL_LEADER),
            atSchool("demo-care", "demo-care-noord-1", "Demo Zorgcoordinator Noord", NOORD, Role.CARE_COORDINATOR),
            atSchool("demo-counsellor", "demo-counsellor-noord-1", "Demo Vertrouwenspersoon Noord", NOORD,
                    Role.CONFIDENTIAL_COUNSELLOR),
            atSchool("demo-team", "demo-team-noord-1", "Demo Teamlid Noord", NOORD, Role.TEAM_MEMBER),
            atSchool("demo-leader-zuid", "demo-leader-zuid-1", "Demo Schoolleider Zuid", ZUID, Role.SCHOOL_LEADER),
            new DemoUser("demo-admin", "demo-admin-board-1", "Demo Bestuursmedewerker", BOARD, List.of(),
                    Role.BOARD_ADMINISTRATOR),
            new DemoUser("demo-auditor", "demo-auditor-board-1", "Demo Auditor", BOARD, List.of(), Role.AUDITOR),
            atSchool("other-leader", "other-leader-elders-1", "Schoolleider Ander Bestuur", ELSEWHERE,
                    Role.SCHOOL_LEADER));

    private DemoBoard() {
    }

    public static Optional<DemoUser> byUsername(String username) {
        return USERS.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    /**
     * The demo users as a plain-text table (username, password, role, board, school, name, sub): printed at
     * start-up, served by {@code GET /dev/users} as text/plain and shown by the local stack.
     */
    public static String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"username", "password", "role", "board", "school", "name", "sub"});
        for (DemoUser user : USERS) {
            rows.add(new String[] {user.username(), PASSWORD, user.role().name(), user.board(),
                    user.schools().isEmpty() ? "(board-wide)" : String.join(",", user.schools()), user.name(),
                    user.subject()});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i]));
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = line.toString().stripTrailing().length();
                text.append("-".repeat(total)).append('\n');
            }
        }
        return text.toString();
    }

    private static DemoUser atSchool(String username, String subject, String name, School school, Role role) {
        return new DemoUser(username, subject, name, school.board(), List.of(school.id()), role);
    }
}
