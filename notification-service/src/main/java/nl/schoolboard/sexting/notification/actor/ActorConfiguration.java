package nl.schoolboard.sexting.notification.actor;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Hands the caller, as the token says, to every handler that declares a {@link RequestActor} parameter. It is not a
 * request parameter: the API document leaves it out.
 */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestActor.class);
    }

    private final RequestActorResolver actors;

    ActorConfiguration(RequestActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public void addArgumentResolvers(@NonNull List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(@NonNull MethodParameter parameter) {
                return parameter.getParameterType() == RequestActor.class;
            }

            @Override
            public Object resolveArgument(@NonNull MethodParameter parameter, ModelAndViewContainer container,
                                          @NonNull NativeWebRequest request, WebDataBinderFactory binders) {
                return actors.resolve(request.getHeader(RequestActorResolver.ACTING_ROLE_HEADER));
            }
        });
    }
}
