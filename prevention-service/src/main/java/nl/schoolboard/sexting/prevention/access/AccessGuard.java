package nl.schoolboard.sexting.prevention.access;

import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.RequestActorArgument;
import nl.schoolboard.sexting.platform.identity.RequestActorResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.NonNull;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * Applies each endpoint's {@link AccessRule} before the handler runs, and so before its request body is read: a
 * caller who may not do something is refused (401, 403 or 404) whatever they send, and the body of a refused request
 * is never looked at. Endpoints of this service without a {@link Guarded} rule are refused for everybody.
 * The caller is left in the request for the handler ({@link RequestActor} parameters).
 */
@Component
class AccessGuard implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessGuard.class);
    private static final String OWN_PACKAGE = "nl.schoolboard.sexting.prevention";

    private final RequestActorResolver actors;
    private final Reach reach;

    AccessGuard(RequestActorResolver actors, Reach reach) {
        this.actors = actors;
        this.reach = reach;
    }

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith(OWN_PACKAGE)) {
            return true; // the API document, error pages: open or closed by SecurityConfiguration alone
        }
        Guarded guarded = method.getMethodAnnotation(Guarded.class);
        if (guarded == null) {
            log.error("Refused {} {}: its handler {} has no access rule", request.getMethod(),
                    request.getRequestURI(), method.getShortLogMessage());
            throw new NotAllowedForRole("This is not open to anyone.");
        }
        AccessRule rule = guarded.value();
        if (rule == AccessRule.OPEN) {
            return true;
        }
        RequestActor actor = actors.resolve(request);
        if (!rule.allows(actor.role())) {
            throw new NotAllowedForRole("Your role (" + actor.role() + ") does not allow this.");
        }
        Map<String, String> path = pathVariables(request);
        switch (rule.target()) {
            case SCHOOL -> reach.school(actor, path.get("schoolId"));
            case SCHOOL_TO_REGISTER -> reach.schoolToRegister(actor, path.get("schoolId"));
            case ACTIVITY -> reach.activity(actor, path.get("id"));
            case BOARD -> reach.board(actor, path.get("boardId"));
            case NONE -> { }
        }
        request.setAttribute(RequestActorArgument.ATTRIBUTE, actor);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
