package nl.schoolboard.sexting.platform.security.access;

import nl.schoolboard.sexting.platform.identity.RequestActor;
import org.springframework.core.ResolvableType;

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

    /**
     * The service's rule catalogue: the rules this reach knows how to check. By default the type argument the
     * service's reach gives this interface ({@code implements Reach<AccessRule>}), so it is said once.
     */
    @SuppressWarnings("unchecked")
    default Class<R> rules() {
        Class<?> rules = ResolvableType.forClass(Reach.class, getClass()).resolveGeneric(0);
        if (rules == null) {
            throw new IllegalStateException(getClass().getName() + " does not say which rules it checks");
        }
        return (Class<R>) rules;
    }

    /**
     * @param rule   the endpoint's rule, already passed for the caller's role
     * @param caller who calls, from the token
     * @param path   the endpoint's path variables by name ({@code caseId}, {@code schoolId}, ...)
     */
    void check(R rule, RequestActor caller, Map<String, String> path);
}
