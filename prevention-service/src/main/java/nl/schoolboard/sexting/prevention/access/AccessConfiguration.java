package nl.schoolboard.sexting.prevention.access;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Puts {@link AccessGuard} in front of every handler and hands the checked caller to handlers that declare a
 * {@link RequestActor} parameter (not a request parameter: the API document leaves it out).
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestActor.class);
    }

    private final AccessGuard guard;

    AccessConfiguration(AccessGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(@NonNull InterceptorRegistry registry) {
        registry.addInterceptor(guard);
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
                Object actor = request.getAttribute(AccessGuard.ACTOR, RequestAttributes.SCOPE_REQUEST);
                if (actor == null) {
                    throw new UnknownActor("Sign in first: the request carries no valid access token.");
                }
                return actor;
            }
        });
    }
}
