package nl.schoolboard.sexting.platform.production;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A service or the gateway running under the {@value #PRODUCTION} profile refuses to start while a setting production
 * must give is missing or still holds a development or example value: the development issuer, the local mail server,
 * an example sender, a link to localhost. Every module declares its own {@link ProductionSettings}; the refusal lists
 * everything that is wrong at once, so that one round of fixing is enough.
 *
 * <p>Checked when the application is prepared: the configuration (profiles, files, environment) is complete and
 * logging runs, but no bean exists yet, so nothing has listened on a port or read a message. An application listener
 * registered in {@code META-INF/spring.factories} rather than a bean, so it holds the same way for the servlet
 * services and the reactive gateway, whichever auto-configuration they switch on. Keys whose value can only be judged
 * once read (the key-encryption key, the audit keys) are checked where they are read, under the same profile.
 */
public class ProductionGuard implements ApplicationListener<ApplicationPreparedEvent> {

    public static final String PRODUCTION = "prod";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        check(event.getApplicationContext().getEnvironment(),
                SpringFactoriesLoader.forDefaultResourceLocation(event.getApplicationContext().getClassLoader())
                        .load(ProductionSettings.class));
    }

    static void check(ConfigurableEnvironment environment, List<ProductionSettings> modules) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            return;
        }
        List<UnfitForProduction.Refusal> refusals = new ArrayList<>();
        for (ProductionSettings module : modules) {
            for (ProductionSetting setting : module.settings()) {
                String refusal = setting.refusal(environment);
                if (refusal != null) {
                    refusals.add(new UnfitForProduction.Refusal(setting, refusal));
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw new UnfitForProduction(refusals);
        }
    }
}
