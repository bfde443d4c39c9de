package nl.schoolboard.sexting.platform.security.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.RequestActorArgument;
import nl.schoolboard.sexting.platform.identity.RequestActorResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.lang.NonNull;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a caller may use an endpoint, from the endpoint's {@link AccessRule} alone, before the handler
 * runs and so before its request body is read: a caller who may not do something is refused whatever they send, and
 * a refused request's body is never looked at. It runs after the handler is chosen (it needs the rule) and before
 * the handler's arguments are resolved (which would read the body).
 * <p>
 * In this order: an endpoint whose handler names no rule is refused for everybody (deny by default, 403); an open
 * rule lets anyone through; otherwise the caller must be someone (401, from the token), in a role the rule allows
 * (403, before anything is looked up, so the answer is the same whether the thing exists or not), who reaches what
 * the path names (the service's {@link Reach}: 404 when out of reach). The checked caller is left in the request for
 * the handler's {@link RequestActor} parameter.
 * <p>
 * Handlers of Spring and springdoc themselves (the error page, the API document, actuator) are left to the filter
 * chain: the guard is about the service's own endpoints.
 */
public class AccessGuard implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessGuard.class);
    private static final String[] FRAMEWORK = {"org.springframework.", "org.springdoc."};

    private final RequestActorResolver actors;
    private final Reach<?> reach;
    private final Class<?> reachRules;
    private final Map<Method, Optional<AccessRule>> rules = new ConcurrentHashMap<>();

    /** @param reach the service's reach; {@code null} when its rules only ever check roles */
    public AccessGuard(RequestActorResolver actors, Reach<?> reach) {
        this.actors = actors;
        this.reach = reach;
        this.reachRules = reach == null ? null : reach.rules();
    }

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) {
        if (!(handler instanceof HandlerMethod method) || isFramework(method.getBeanType())) {
            return true;
        }
        AccessRule rule = ruleOf(method).orElseThrow(() -> {
            log.error("Refused {} {}: its handler {} names no access rule", request.getMethod(),
                    request.getRequestURI(), method.getShortLogMessage());
            return new NotAllowedForRole("This is not open to anyone.");
        });
        if (rule.open()) {
            return true;
        }
        RequestActor caller = actors.resolve(request);
        if (!rule.allows(caller.role())) {
            throw NotAllowedForRole.forRole(caller.role(), rule.refusal(caller.role()));
        }
        checkReach(rule, caller, pathVariables(request));
        request.setAttribute(RequestActorArgument.ATTRIBUTE, caller);
        return true;
    }

    /** The rule named by the handler's annotation marked {@link NamesAccessRule}, if it has one. */
    static Optional<AccessRule> ruleOf(Method handler) {
        return MergedAnnotations.from(handler).stream()
                .filter(annotation -> annotation.getType().isAnnotationPresent(NamesAccessRule.class))
                .map(annotation -> annotation.getValue(MergedAnnotation.VALUE))
                .flatMap(Optional::stream)
                .filter(AccessRule.class::isInstance)
                .map(AccessRule.class::cast)
                .findFirst();
    }

    private Optional<AccessRule> ruleOf(HandlerMethod method) {
        return rules.computeIfAbsent(method.getMethod(), AccessGuard::ruleOf);
    }

    private <R extends AccessRule> void checkReach(AccessRule rule, RequestActor caller, Map<String, String> path) {
        if (reach == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Reach<R> typed = (Reach<R>) reach;
        if (!reachRules.isInstance(rule)) {
            log.error("Refused: rule {} is not one of {}", rule, reachRules.getName());
            throw new NotAllowedForRole("This is not open to anyone.");
        }
        @SuppressWarnings("unchecked")
        R checked = (R) rule;
        typed.check(checked, caller, path);
    }

    private static boolean isFramework(Class<?> type) {
        for (String prefix : FRAMEWORK) {
            if (type.getName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
