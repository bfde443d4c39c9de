package nl.schoolboard.sexting.platform.security.access;

import nl.schoolboard.sexting.platform.identity.StaffRole;

import java.util.Objects;
import java.util.Set;

/**
 * What one rule of a service's catalogue admits: the roles that may use the endpoint at all, the reason given to the
 * others ({@code null}: {@link AccessRule}'s general one), and what of the path the service's {@link Reach} checks.
 *
 * @param target  which of the path's ids the service's reach checks, and how: the service's own enum
 * @param roles   who may use the endpoint at all, wherever
 * @param refusal the detail of the 403 for every other role, or {@code null}
 * @param <T>     the service's kinds of target
 */
public record Admission<T extends Enum<T>>(T target, Set<StaffRole> roles, String refusal) {

    public Admission {
        Objects.requireNonNull(target, "target");
        roles = Set.copyOf(roles);
    }
}
