package nl.schoolboard.sexting.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolboard.sexting.platform.identity.ClaimMapping;
import nl.schoolboard.sexting.platform.identity.IdentityConfiguration;
import nl.schoolboard.sexting.platform.identity.RequestActor;
import nl.schoolboard.sexting.platform.identity.RequestActorArgument;
import nl.schoolboard.sexting.platform.identity.RequestActorResolver;
import nl.schoolboard.sexting.platform.problem.ProblemResponseWriter;
import nl.schoolboard.sexting.platform.security.access.AccessGuard;
import nl.schoolboard.sexting.platform.security.access.Reach;
import nl.schoolboard.sexting.platform.tracing.TraceIdResponseHeader;
import nl.schoolboard.sexting.platform.words.Languages;
import nl.schoolboard.sexting.platform.words.ProblemWording;
import nl.schoolboard.sexting.platform.words.WordedProblems;
import nl.schoolboard.sexting.platform.words.WordsConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.lang.NonNull;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * What a servlet service gets by having platform on its class path: the caller resolver (through the board's
 * {@link ClaimMapping}) and the {@link RequestActor} handler parameter, the caller's language, refusals as
 * problem+json worded in it (also for addresses the firewall rejects), the trace id in the response header ahead of
 * the security filters, and the {@link AccessGuard} in front of every handler of the service (with the service's
 * {@link Reach}, if it declares one). The service itself declares its {@link ServiceSecurity} chain, because only it
 * knows which of its addresses are open.
 */
@AutoConfiguration(after = {IdentityConfiguration.class, WordsConfiguration.class}, before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.oauth2.jwt.Jwt")
@Import({IdentityProblems.class, WordedProblems.class})
public class PlatformWebConfiguration implements WebMvcConfigurer {

    private final RequestActorResolver actors;
    private final ObjectProvider<Reach<?>> reach;

    PlatformWebConfiguration(ObjectProvider<Reach<?>> reach, ClaimMapping claims) {
        this.reach = reach;
        this.actors = new RequestActorResolver(claims);
    }

    @Bean
    RequestActorResolver requestActorResolver() {
        return actors;
    }

    /** The caller's language from {@code Accept-Language}: Dutch, or English when asked for; Dutch for anything else. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Languages.SUPPORTED);
        resolver.setDefaultLocale(Languages.DEFAULT);
        return resolver;
    }

    @Bean
    ProblemResponseWriter problemResponseWriter(ObjectMapper json, ProblemWording wording) {
        return new ProblemResponseWriter(json, wording);
    }

    @Bean
    RequestRejectedHandler requestRejected(ProblemResponseWriter problems) {
        return (request, response, e) -> problems.write(request, response, ServiceSecurity.rejectedAddress());
    }

    /** Right after Spring Boot's observation filter ({@code HIGHEST_PRECEDENCE + 1}), which opens the request's span. */
    @Bean
    FilterRegistrationBean<TraceIdResponseHeader> traceIdResponseHeader() {
        FilterRegistrationBean<TraceIdResponseHeader> registration =
                new FilterRegistrationBean<>(new TraceIdResponseHeader());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Override
    public void addInterceptors(@NonNull InterceptorRegistry registry) {
        registry.addInterceptor(new AccessGuard(actors, reach.getIfUnique()));
    }

    @Override
    public void addArgumentResolvers(@NonNull List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new RequestActorArgument(actors));
    }

    /** The caller is not a request parameter: the API document leaves it out. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SpringDocUtils.class)
    static class ApiDocument {
        static {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestActor.class);
        }
    }
}
