package nl.schoolboard.sexting.platform.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.schoolboard.sexting.platform.identity.ClaimMappingProperties.Entry;
import nl.schoolboard.sexting.platform.identity.ClaimMappingProperties.Source;

/**
 * Reads a caller's {@link StaffIdentity} from the claims of a verified access token, as the board's identity provider
 * writes them ({@link ClaimMappingProperties}). The gateway and every service use the same mapping, so they agree on
 * who the caller is.
 * <p>
 * Two ways to read a claim. <b>As it is</b> (no table, this project's own issuer): the board is the claim's value and
 * the roles are this system's role names; a token without them does not say who its holder is, which answers 401 as
 * any token that is not ours. <b>Through a table</b> (a board's provider: tenant id, group ids, app roles): only the
 * values in the table count; a valid token whose values are not in it belongs to someone the board has not given a
 * place here, which answers 403. Never a default: no mapped role is no role, no mapped group is no school, and a role
 * that works at schools (school leader, care staff, team member) is dropped when the schools are mapped and none is.
 * <p>
 * Claims of the wrong shape (a list where the board belongs, a number where a list does) are unreadable: 401.
 */
public final class ClaimMapping {

    /** Entra ID moves {@code groups} out of a token that would hold too many, naming it under this claim instead. */
    static final String DISTRIBUTED_CLAIM_NAMES = "_claim_names";

    private final String user;
    private final Rule board;
    private final Rule schools;
    private final Rule roles;

    private ClaimMapping(String user, Rule board, Rule schools, Rule roles) {
        this.user = user;
        this.board = board;
        this.schools = schools;
        this.roles = roles;
    }

    /** The claims of this project's own issuer: {@code sub}, {@code board}, {@code schools}, {@code roles}. */
    public static ClaimMapping ownIssuer() {
        return of(new ClaimMappingProperties("sub", new Source(null, List.of()), new Source(null, List.of()),
                new Source(null, List.of())));
    }

    /**
     * The mapping the configuration describes, checked before anything runs: a mapped role must be one of
     * {@link StaffRole}, no row may be blank, and one value may not mean two things.
     *
     * @throws IllegalStateException naming the setting that is wrong
     */
    public static ClaimMapping of(ClaimMappingProperties settings) {
        ClaimMapping mapping = new ClaimMapping(orDefault(settings.user(), "sub"),
                Rule.of("board", settings.board()), Rule.of("schools", settings.schools()),
                Rule.of("roles", settings.roles()));
        for (String to : mapping.roles.table.values()) {
            if (Arrays.stream(StaffRole.values()).noneMatch(role -> role.name().equals(to))) {
                throw new IllegalStateException("identity.claims.roles.map: '" + to + "' is not a role of this "
                        + "system; use one of " + Arrays.toString(StaffRole.values()));
            }
        }
        return mapping;
    }

    /**
     * @throws UnknownActor      when the token does not say who its holder is or for which board (401)
     * @throws NotAllowedForRole when it does, but the board's mapping gives them no role here (403)
     */
    public StaffIdentity identify(Map<String, Object> claims) {
        String userId = text(claims, user);
        if (userId == null || userId.isBlank()) {
            throw new UnknownActor("Your sign-in does not say who you are ('" + user + "').", "sign-in-incomplete",
                    Map.of());
        }
        String boardId = boardOf(claims);
        List<String> schoolIds = schools.mapped(list(claims, schools), claims);
        List<StaffRole> staffRoles = rolesOf(claims);
        if (schools.isTable() && schoolIds.isEmpty()) {
            staffRoles = staffRoles.stream().filter(role -> !role.worksAtSchools()).toList();
        }
        if (staffRoles.isEmpty()) {
            throw roles.isTable() || schools.isTable()
                    ? new NotAllowedForRole("valid sign-in without a mapped role or school", "no-role-granted", Map.of())
                    : new UnknownActor("no board or role in the sign-in", "sign-in-incomplete", Map.of());
        }
        return new StaffIdentity(userId, boardId, schoolIds, staffRoles);
    }

    private String boardOf(Map<String, Object> claims) {
        String value = text(claims, board.claim);
        if (!board.isTable()) {
            if (value == null || value.isBlank()) {
                throw new UnknownActor("no board in the sign-in", "sign-in-incomplete", Map.of());
            }
            return value;
        }
        String boardId = board.table.get(value);
        if (boardId == null) {
            throw new NotAllowedForRole("sign-in from an unmapped organisation", "organisation-not-served", Map.of());
        }
        return boardId;
    }

    private List<StaffRole> rolesOf(Map<String, Object> claims) {
        List<String> names = roles.mapped(list(claims, roles), claims);
        // read as they are, a name this system does not know is passed over, as a mapped value without a row is
        return names.stream()
                .flatMap(name -> Arrays.stream(StaffRole.values()).filter(role -> role.name().equals(name)))
                .distinct()
                .toList();
    }

    /** A claim that should be a string; anything else (a list, an object) is unreadable. */
    private static String text(Map<String, Object> claims, String claim) {
        Object value = valueAt(claims, claim);
        if (value != null && !(value instanceof String)) {
            throw new UnknownActor("unreadable claim " + claim, "claim-unreadable", Map.of("claim", claim));
        }
        return (String) value;
    }

    /** A claim that should be a list of strings (or one string); absent is empty; anything else is unreadable. */
    private static List<String> list(Map<String, Object> claims, Rule rule) {
        Object value = valueAt(claims, rule.claim);
        if (value == null) {
            return null;
        }
        if (value instanceof String one) {
            return List.of(one);
        }
        if (value instanceof Collection<?> many && many.stream().allMatch(String.class::isInstance)) {
            return many.stream().map(String.class::cast).toList();
        }
        throw new UnknownActor("unreadable claim " + rule.claim, "claim-unreadable", Map.of("claim", rule.claim));
    }

    /** The claim of that name, or else the dotted path into nested claims ({@code realm_access.roles}). */
    private static Object valueAt(Map<String, Object> claims, String name) {
        if (claims.containsKey(name) || !name.contains(".")) {
            return claims.get(name);
        }
        Object value = claims;
        for (String step : name.split("\\.")) {
            if (!(value instanceof Map<?, ?> nested)) {
                return null;
            }
            value = nested.get(step);
        }
        return value;
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** One claim and its table (empty: values as they are). */
    private record Rule(String claim, Map<String, String> table) {

        static Rule of(String item, Source source) {
            String claim = orDefault(source == null ? null : source.claim(), item);
            Map<String, String> table = new LinkedHashMap<>();
            List<Entry> rows = source == null || source.map() == null ? List.of() : source.map();
            for (int i = 0; i < rows.size(); i++) {
                Entry row = rows.get(i);
                String setting = "identity.claims." + item + ".map[" + i + "]";
                if (row == null || row.from() == null || row.from().isBlank() || row.to() == null
                        || row.to().isBlank()) {
                    throw new IllegalStateException(setting + " needs both 'from' (the provider's value) and 'to'");
                }
                String earlier = table.putIfAbsent(row.from().strip(), row.to().strip());
                if (earlier != null && !earlier.equals(row.to().strip())) {
                    throw new IllegalStateException(setting + ": '" + row.from() + "' already means '" + earlier
                            + "'; one value cannot mean two things");
                }
            }
            return new Rule(claim, Map.copyOf(table));
        }

        boolean isTable() {
            return !table.isEmpty();
        }

        /** The values that count, each once, in the token's order. */
        List<String> mapped(List<String> values, Map<String, Object> claims) {
            if (values == null) {
                if (isTable() && tooManyForTheToken(claims)) {
                    throw new NotAllowedForRole("group overage: the token lists no groups for " + claim,
                            "too-many-groups", Map.of("claim", claim));
                }
                return List.of();
            }
            if (!isTable()) {
                return List.copyOf(new LinkedHashSet<>(values));
            }
            Set<String> meant = new LinkedHashSet<>();
            for (String value : values) {
                String to = table.get(value);
                if (to != null) {
                    meant.add(to);
                }
            }
            return new ArrayList<>(meant);
        }

        /** Entra ID's group overage: the claim left out, and named under {@code _claim_names} instead. */
        private boolean tooManyForTheToken(Map<String, Object> claims) {
            return claims.get(DISTRIBUTED_CLAIM_NAMES) instanceof Map<?, ?> names && names.containsKey(claim);
        }
    }

    @Override
    public String toString() {
        return "ClaimMapping[user=" + user + ", board=" + board.claim + describe(board) + ", schools=" + schools.claim
                + describe(schools) + ", roles=" + roles.claim + describe(roles) + "]";
    }

    private static String describe(Rule rule) {
        return rule.isTable() ? " (" + rule.table.size() + " mapped value(s))" : "";
    }
}
