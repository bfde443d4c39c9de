package nl.schoolboard.sexting.platform.production;

import java.util.List;

/**
 * The settings a module must be given in production, declared by the module that reads them and found through
 * {@code META-INF/spring.factories} (key {@code nl.schoolboard.sexting.platform.production.ProductionSettings}), so
 * that the {@link ProductionGuard} checks them all before anything starts. docs/production.md lists them.
 */
public interface ProductionSettings {

    List<ProductionSetting> settings();
}
