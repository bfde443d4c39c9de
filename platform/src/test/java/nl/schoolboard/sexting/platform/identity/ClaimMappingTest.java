package nl.schoolboard.sexting.platform.identity;

import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.ALL_STAFF;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.NOORD_STAFF;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.OID;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.TENANT;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.ZUID_STAFF;
import static nl.schoolboard.sexting.platform.identity.EntraIdBoard.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.schoolboard.sexting.platform.identity.ClaimMappingProperties.Entry;
import nl.schoolboard.sexting.platform.identity.ClaimMappingProperties.Source;
import org.junit.jupiter.api.Test;

/**
 * The board's claims mapped to ours, with claims shaped as Microsoft Entra ID ({@link EntraIdBoard}) and Keycloak
 * write them. The same mapping is used by every service ({@link MappedIdentityInAServiceTest}) and by the gateway
 * ({@code MappedIdentityIT} there shows it through the edge).
 */
class ClaimMappingTest {

    /** What a board on Entra ID configures: tenant → board, staff groups → schools, app roles → roles. */
    static final ClaimMapping ENTRA = ClaimMapping.of(new ClaimMappingProperties("oid",
            new Source("tid", List.of(new Entry(TENANT, "board-7"))),
            new Source("groups", List.of(new Entry(NOORD_STAFF, "school-noord"), new Entry(ZUID_STAFF, "school-zuid"))),
            new Source("roles", List.of(new Entry("Sexting.SchoolLeader", "SCHOOL_LEADER"),
                    new Entry("Sexting.CareCoordinator", "CARE_COORDINATOR"),
                    new Entry("Sexting.BoardAdministrator", "BOARD_ADMINISTRATOR")))));

    /** Keycloak: a realm per board (the issuer), realm roles, and group paths. */
    static final ClaimMapping KEYCLOAK = ClaimMapping.of(new ClaimMappingProperties(null,
            new Source("iss", List.of(new Entry("https://login.bestuur.example/realms/bestuur-7", "board-7"))),
            new Source("groups", List.of(new Entry("/bestuur-7/noord", "school-noord"))),
            new Source("realm_access.roles", List.of(new Entry("sexting-team", "TEAM_MEMBER"),
                    new Entry("sexting-auditor", "AUDITOR")))));


    // ---- Entra ID ------------------------------------------------------------------------------------------------

    @Test
    void the_tenant_gives_the_board_the_groups_the_schools_and_the_app_roles_the_roles() {
        StaffIdentity who = ENTRA.identify(claims(List.of("Sexting.CareCoordinator", "Sexting.SchoolLeader"),
                List.of(ALL_STAFF, ZUID_STAFF, NOORD_STAFF)));

        assertThat(who.userId()).isEqualTo(OID);
        assertThat(who.boardId()).isEqualTo("board-7");
        assertThat(who.schools()).containsExactly("school-zuid", "school-noord");
        assertThat(who.roles()).containsExactly(StaffRole.CARE_COORDINATOR, StaffRole.SCHOOL_LEADER);
        assertThat(who.actingAs(null)).isEqualTo(StaffRole.CARE_COORDINATOR);
        assertThat(who.actingAs("school_leader")).isEqualTo(StaffRole.SCHOOL_LEADER);
    }

    @Test
    void without_a_mapped_group_a_school_role_is_no_role_and_the_caller_is_refused_403() {
        assertThatThrownBy(() -> ENTRA.identify(claims(List.of("Sexting.SchoolLeader"), List.of(ALL_STAFF))))
                .isInstanceOf(NotAllowedForRole.class).extracting("code").isEqualTo("no-role-granted");
        assertThatThrownBy(() -> ENTRA.identify(claims(List.of("Sexting.SchoolLeader"), null)))
                .isInstanceOf(NotAllowedForRole.class);
    }

    @Test
    void without_a_mapped_app_role_there_is_no_role_and_never_a_default() {
        assertThatThrownBy(() -> ENTRA.identify(claims(List.of("Sexting.Reader", "SCHOOL_LEADER"),
                List.of(NOORD_STAFF)))).isInstanceOf(NotAllowedForRole.class);
        assertThatThrownBy(() -> ENTRA.identify(claims(null, List.of(NOORD_STAFF))))
                .isInstanceOf(NotAllowedForRole.class);
    }

    @Test
    void a_board_wide_role_needs_no_school() {
        StaffIdentity who = ENTRA.identify(claims(List.of("Sexting.SchoolLeader", "Sexting.BoardAdministrator"),
                List.of()));

        assertThat(who.roles()).containsExactly(StaffRole.BOARD_ADMINISTRATOR);
        assertThat(who.schools()).isEmpty();
    }

    @Test
    void another_tenant_is_not_one_of_our_boards() {
        Map<String, Object> claims = claims(List.of("Sexting.SchoolLeader"), List.of(NOORD_STAFF));
        claims.put("tid", "00000000-0000-0000-0000-000000000000");

        assertThatThrownBy(() -> ENTRA.identify(claims)).isInstanceOf(NotAllowedForRole.class)
                .extracting("code").isEqualTo("organisation-not-served");
    }

    @Test
    void a_token_whose_groups_did_not_fit_says_so_instead_of_showing_no_school() {
        Map<String, Object> claims = claims(List.of("Sexting.SchoolLeader"), null);
        claims.put("_claim_names", Map.of("groups", "src1"));
        claims.put("_claim_sources", Map.of("src1",
                Map.of("endpoint", "https://graph.microsoft.com/v1.0/users/x/getMemberObjects")));

        assertThatThrownBy(() -> ENTRA.identify(claims)).isInstanceOf(NotAllowedForRole.class)
                .extracting("code").isEqualTo("too-many-groups");
    }

    @Test
    void a_role_the_caller_does_not_hold_cannot_be_chosen() {
        StaffIdentity who = ENTRA.identify(claims(List.of("Sexting.CareCoordinator"), List.of(NOORD_STAFF)));

        assertThatThrownBy(() -> who.actingAs("SCHOOL_LEADER")).isInstanceOf(NotAllowedForRole.class);
        assertThatThrownBy(() -> who.actingAs("HEADMASTER")).isInstanceOf(NotAllowedForRole.class);
    }


    // ---- Keycloak ------------------------------------------------------------------------------------------------

    @Test
    void realm_roles_and_group_paths_are_read_through_their_tables() {
        StaffIdentity who = KEYCLOAK.identify(keycloak(List.of("offline_access", "sexting-team"),
                List.of("/bestuur-7/noord", "/bestuur-7/noord/brugklas")));

        assertThat(who.userId()).isEqualTo("f3a9c2d1-7b6e-4c5d-8e9f-0a1b2c3d4e5f");
        assertThat(who.boardId()).isEqualTo("board-7");
        assertThat(who.schools()).containsExactly("school-noord");
        assertThat(who.roles()).containsExactly(StaffRole.TEAM_MEMBER);
    }

    @Test
    void without_the_mapped_group_a_team_member_is_refused_and_an_auditor_is_not() {
        assertThatThrownBy(() -> KEYCLOAK.identify(keycloak(List.of("sexting-team"), List.of("/elsewhere"))))
                .isInstanceOf(NotAllowedForRole.class);
        assertThat(KEYCLOAK.identify(keycloak(List.of("sexting-auditor"), List.of())).roles())
                .containsExactly(StaffRole.AUDITOR);
    }

    @Test
    void a_realm_access_of_the_wrong_shape_is_unreadable() {
        Map<String, Object> claims = keycloak(List.of(), List.of("/bestuur-7/noord"));
        claims.put("realm_access", Map.of("roles", 42));

        assertThatThrownBy(() -> KEYCLOAK.identify(claims)).isInstanceOf(UnknownActor.class)
                .hasMessageContaining("realm_access.roles");
    }

    // ---- this project's own issuer: the default, read as before ----------------------------------------------------

    private final ClaimMapping own = ClaimMapping.ownIssuer();

    @Test
    void reads_board_schools_and_roles_as_they_are() {
        StaffIdentity who = own.identify(Map.of("sub", "u-1", "board", "board-1", "schools", List.of("school-1"),
                "roles", List.of("TEAM_MEMBER", "SCHOOL_LEADER")));

        assertThat(who).isEqualTo(new StaffIdentity("u-1", "board-1", List.of("school-1"),
                List.of(StaffRole.TEAM_MEMBER, StaffRole.SCHOOL_LEADER)));
    }

    @Test
    void a_token_without_board_or_a_known_role_does_not_say_who_its_holder_is() {
        assertThatThrownBy(() -> own.identify(Map.of("sub", "u-1", "roles", List.of("TEAM_MEMBER"))))
                .isInstanceOf(UnknownActor.class);
        assertThatThrownBy(() -> own.identify(Map.of("sub", "u-1", "board", "b", "roles", List.of("HEADMASTER"))))
                .isInstanceOf(UnknownActor.class);
        assertThatThrownBy(() -> own.identify(Map.of("board", "b", "roles", List.of("TEAM_MEMBER"))))
                .isInstanceOf(UnknownActor.class);
    }

    @Test
    void a_mapping_that_cannot_be_right_stops_the_start() {
        assertThatThrownBy(() -> ClaimMapping.of(new ClaimMappingProperties("sub", null, null,
                new Source("roles", List.of(new Entry("Sexting.Head", "HEADMASTER"))))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'HEADMASTER' is not a role");
        assertThatThrownBy(() -> ClaimMapping.of(new ClaimMappingProperties("sub", null,
                new Source("groups", List.of(new Entry("g-1", "school-a"), new Entry("g-1", "school-b"))), null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("identity.claims.schools.map[1]");
        assertThatThrownBy(() -> ClaimMapping.of(new ClaimMappingProperties("sub", null,
                new Source("groups", List.of(new Entry("g-1", " "))), null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs both");
    }

    static Map<String, Object> keycloak(List<String> realmRoles, List<String> groups) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", "https://login.bestuur.example/realms/bestuur-7");
        claims.put("sub", "f3a9c2d1-7b6e-4c5d-8e9f-0a1b2c3d4e5f");
        claims.put("azp", "case-desk");
        claims.put("realm_access", Map.of("roles", realmRoles));
        claims.put("groups", groups);
        return claims;
    }
}
