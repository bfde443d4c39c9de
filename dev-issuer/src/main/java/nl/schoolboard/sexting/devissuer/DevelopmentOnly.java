package nl.schoolboard.sexting.devissuer;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops the issuer from starting anywhere it was not asked for by name. {@code POST /dev/tokens} mints a token for any
 * board and any role without a password, so a development issuer that starts by accident (a jar copied to a server,
 * an image run with the wrong settings) hands out the keys to every case. It starts only when
 * {@value #ENABLED} is {@code true} ({@code DEV_ISSUER_ENABLED=true}), and never under the {@value #PRODUCTION}
 * profile, whatever else is set.
 *
 * <p>Checked when the application is prepared: the configuration is complete and logging runs, but no bean exists
 * yet, so nothing listens on a port before the refusal. Registered in {@code META-INF/spring.factories}, so it holds
 * for every way the application starts (the jar, tests, an IDE).
 */
public class DevelopmentOnly implements ApplicationListener<ApplicationPreparedEvent> {

    public static final String ENABLED = "dev-issuer.enabled";
    public static final String PRODUCTION = "prod";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        check(event.getApplicationContext().getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        if (!environment.getProperty(ENABLED, Boolean.class, false)) {
            throw new IllegalStateException("The development issuer is not enabled, so it does not start: it mints"
                    + " tokens for any board and role without a password. For development only, set " + ENABLED
                    + "=true (environment: DEV_ISSUER_ENABLED=true); ./run-local and docker-compose.yml do.");
        }
        if (environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            throw new IllegalStateException("The development issuer refuses to start under the '" + PRODUCTION
                    + "' profile: it mints tokens for any board and role without a password. Production uses the"
                    + " board's own OIDC provider.");
        }
    }
}
