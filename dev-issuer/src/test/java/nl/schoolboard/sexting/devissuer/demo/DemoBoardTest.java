package nl.schoolboard.sexting.devissuer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoBoardTest {

    @Test
    void the_demo_board_has_three_schools_and_a_user_for_every_role() {
        assertThat(DemoBoard.SCHOOLS).filteredOn(school -> school.board().equals("demo-board"))
                .extracting(School::id).containsExactly("school-noord", "school-midden", "school-zuid");
        assertThat(DemoBoard.USERS).filteredOn(user -> user.board().equals("demo-board"))
                .extracting(DemoUser::role).containsAll(List.of(Role.values()));
    }

    @Test
    void school_roles_work_at_noord_a_second_leader_at_zuid_and_board_roles_at_no_school() {
        assertThat(DemoBoard.USERS).filteredOn(user -> user.board().equals("demo-board") && user.role().atSchools())
                .extracting(user -> user.username() + "@" + String.join(",", user.schools()))
                .containsExactly("demo-leader@school-noord", "demo-care@school-noord",
                        "demo-counsellor@school-noord", "demo-team@school-noord", "demo-leader-zuid@school-zuid");
        assertThat(DemoBoard.USERS).filteredOn(user -> !user.role().atSchools())
                .allSatisfy(user -> assertThat(user.schools()).isEmpty());
    }

    @Test
    void another_board_has_one_school_and_one_school_leader() {
        assertThat(DemoBoard.USERS).filteredOn(user -> user.board().equals("other-board"))
                .singleElement().satisfies(user -> {
                    assertThat(user.role()).isEqualTo(Role.SCHOOL_LEADER);
                    assertThat(user.schools()).containsExactly("other-school");
                });
    }

    @Test
    void usernames_and_subjects_are_unique_and_every_school_belongs_to_the_users_board() {
        assertThat(DemoBoard.USERS.stream().map(DemoUser::username).collect(Collectors.toSet()))
                .hasSameSizeAs(DemoBoard.USERS);
        assertThat(DemoBoard.USERS.stream().map(DemoUser::subject).collect(Collectors.toSet()))
                .hasSameSizeAs(DemoBoard.USERS);
        for (DemoUser user : DemoBoard.USERS) {
            Set<String> boardSchools = DemoBoard.SCHOOLS.stream().filter(school -> school.board().equals(user.board()))
                    .map(School::id).collect(Collectors.toSet());
            assertThat(boardSchools).as(user.username()).containsAll(user.schools());
        }
    }

    @Test
    void the_table_lists_every_user_with_role_school_and_password() {
        List<String> lines = DemoBoard.table().lines().toList();

        assertThat(lines.get(0)).startsWith("username").contains("password", "role", "school");
        assertThat(lines).hasSize(DemoBoard.USERS.size() + 2);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("demo-leader-zuid", "demo", "SCHOOL_LEADER",
                "school-zuid"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("demo-auditor", "AUDITOR", "(board-wide)"));
    }

    @Test
    void a_school_role_without_a_school_or_a_board_role_with_one_is_refused() {
        assertThatThrownBy(() -> new DemoUser("x", "x", "X", "demo-board", List.of(), Role.TEAM_MEMBER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoUser("x", "x", "X", "demo-board", List.of("school-noord"), Role.AUDITOR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
