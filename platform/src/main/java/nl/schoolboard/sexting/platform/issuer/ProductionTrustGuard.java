package nl.schoolboard.sexting.platform.issuer;

import java.util.List;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * A service or the gateway running under the {@value #PRODUCTION} profile refuses to start while it trusts the
 * {@link DevelopmentIssuer}: that issuer mints a token for any board and any role on request, so trusting it opens
 * every case to whoever reaches it.
 *
 * <p>Checked when the application is prepared: the configuration (profiles, files, environment) is complete and
 * logging runs, but no bean exists yet, so nothing has listened on a port or read a message. An application listener
 * registered in {@code META-INF/spring.factories} rather than a bean, so it holds the same way for the servlet services
 * and the reactive gateway, whichever auto-configuration they switch on.
 */
public class ProductionTrustGuard implements ApplicationListener<ApplicationPreparedEvent> {

    public static final String PRODUCTION = "prod";
    static final List<String> TRUSTED_ADDRESSES = List.of(
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri");

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        check(event.getApplicationContext().getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            return;
        }
        for (String property : TRUSTED_ADDRESSES) {
            String address = environment.getProperty(property);
            if (DevelopmentIssuer.isAt(address)) {
                throw new TrustsDevelopmentIssuer(property, address);
            }
        }
    }
}
