package nl.schoolboard.sexting.platform.identity;

import org.springframework.core.MethodParameter;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands the caller to every handler that declares a {@link RequestActor} parameter: the one an access guard already
 * checked and left in the request ({@link #ATTRIBUTE}), else the one the token names.
 */
public record RequestActorArgument(RequestActorResolver actors) implements HandlerMethodArgumentResolver {

    /** Request attribute under which an access guard leaves the caller it checked. */
    public static final String ATTRIBUTE = RequestActor.class.getName();

    @Override
    public boolean supportsParameter(@NonNull MethodParameter parameter) {
        return parameter.getParameterType() == RequestActor.class;
    }

    @Override
    public Object resolveArgument(@NonNull MethodParameter parameter, ModelAndViewContainer container,
                                  @NonNull NativeWebRequest request, WebDataBinderFactory binders) {
        Object checked = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (checked != null) {
            return checked;
        }
        return actors.resolve(request.getHeader(RequestActorResolver.ACTING_ROLE_HEADER));
    }
}
