package nl.schoolboard.sexting.platform.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which claims of the board's identity provider say who a caller is: {@code identity.claims.*}, the same in the
 * gateway and in every service. Unset, the claims are the ones this project's own issuer writes ({@code sub},
 * {@code board}, {@code schools}, {@code roles}), read as they are. See docs/identity-provider.md for Entra ID, Google
 * Workspace, Keycloak and SURFconext/Entree.
 *
 * @param user    the claim that holds the caller's pseudonymous id ({@code sub}; {@code oid} for Entra ID)
 * @param board   the claim that names the board, e.g. {@code tid} mapped from the tenant id to the board
 * @param schools the claim that lists the caller's schools, e.g. {@code groups} mapped from group ids to schools
 * @param roles   the claim that lists the caller's roles, e.g. {@code roles} (app roles) or
 *                {@code realm_access.roles} (Keycloak), mapped to this system's role names
 */
@ConfigurationProperties("identity.claims")
public record ClaimMappingProperties(@DefaultValue("sub") String user,
                                     @DefaultValue Source board,
                                     @DefaultValue Source schools,
                                     @DefaultValue Source roles) {

    /**
     * One claim and, optionally, a table from its values to ours.
     *
     * @param claim the claim's name; a dotted name that is not itself a claim is a path into nested claims
     *              ({@code realm_access.roles}). Unset: {@code board}, {@code schools} or {@code roles}.
     * @param map   the provider's values that count, each with what it means here. Empty: the values are taken as
     *              they are. Not empty: only the values listed count; any other is ignored (never a default).
     */
    public record Source(String claim, @DefaultValue List<Entry> map) {
    }

    /**
     * One row of a mapping table: a list rather than a map, so that any value (a group id, a Keycloak group path such
     * as {@code /board/school-noord}) can be written without escaping, also as an environment variable
     * ({@code IDENTITY_CLAIMS_SCHOOLS_MAP_0_FROM}).
     *
     * @param from the value in the provider's claim
     * @param to   what it means here: a board id, a school id, or a role name ({@link StaffRole})
     */
    public record Entry(String from, String to) {
    }
}
