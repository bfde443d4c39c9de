package nl.schoolboard.sexting.platform.security.access;

import nl.schoolboard.sexting.platform.identity.StaffRole;

/**
 * A rule of a service's catalogue as the services write them: an enum constant that holds its {@link Admission}.
 * What the rule answers the guard follows from that value, the same in every service; a constant that needs more
 * (words that depend on the role, an open address) overrides the method concerned.
 *
 * @param <T> the service's kinds of target, which its {@link Reach} switches over
 */
public interface AdmissionRule<T extends Enum<T>> extends AccessRule {

    Admission<T> admission();

    /** Which of the path's ids the service's {@link Reach} checks for this rule, and how. */
    default T target() {
        return admission().target();
    }

    @Override
    default boolean allows(StaffRole role) {
        return admission().roles().contains(role);
    }

    @Override
    default String refusal(StaffRole role) {
        return admission().refusal() == null ? AccessRule.super.refusal(role) : admission().refusal();
    }
}
