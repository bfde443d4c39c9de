package nl.schoolboard.sexting.platform.security.access;

import nl.schoolboard.sexting.platform.identity.StaffRole;

/**
 * One entry of a service's catalogue of who may do what, named by each endpoint (see {@link NamesAccessRule}). A
 * rule says which roles may use an endpoint at all; whether the caller reaches the particular thing in the path (a
 * case, a school, a board) is the service's {@link Reach}, because only the service knows whose things are whose.
 * A service keeps its rules as an enum implementing this interface.
 */
public interface AccessRule {

    /** Whether someone acting in this role may use the endpoint at all, wherever. */
    boolean allows(StaffRole role);

    /** The reason given to a role the rule refuses (the detail of the 403). */
    default String refusal(StaffRole role) {
        return "Your role (" + role + ") does not allow this.";
    }

    /**
     * No sign-in at all: for an address that carries its own secret. The service's filter chain must leave it open
     * too ({@code ServiceSecurity.openForGet}); the guard then neither asks who calls nor checks a role.
     */
    default boolean open() {
        return false;
    }
}
