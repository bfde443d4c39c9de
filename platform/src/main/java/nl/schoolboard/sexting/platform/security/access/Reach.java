package nl.schoolboard.sexting.platform.security.access;

import nl.schoolboard.sexting.platform.identity.RequestActor;

import java.util.Map;

/**
 * A service's answer to "does this caller reach what the path names?", asked by {@link AccessGuard} after the role
 * check and before the request body is read. Refuses by throwing: the service's own "not found" for something out of
 * reach (404, worded as if it did not exist, so that nothing is revealed across boards and schools), or
 * {@code NotAllowedForRole} (403) where the path itself narrows who may act (a protocol step for the school leader
 * only). One bean per service.
 *
 * @param <R> the service's rule catalogue
 */
public interface Reach<R extends AccessRule> {

    /** The service's rule catalogue: the rules this reach knows how to check. */
    Class<R> rules();

    /**
     * @param rule   the endpoint's rule, already passed for the caller's role
     * @param caller who calls, from the token
     * @param path   the endpoint's path variables by name ({@code caseId}, {@code schoolId}, ...)
     */
    void check(R rule, RequestActor caller, Map<String, String> path);
}
