package nl.schoolboard.sexting.gateway;

import java.util.List;

import nl.schoolboard.sexting.platform.production.ProductionSetting;
import nl.schoolboard.sexting.platform.production.ProductionSettings;

/**
 * What the gateway must be given in production, besides the token issuer every module needs: the origin of the web
 * UI as browsers reach it, which is the only origin allowed to call the API (its default is the local stack's).
 * Registered in {@code META-INF/spring.factories}; checked by platform's production guard.
 */
public class GatewayProductionSettings implements ProductionSettings {

    @Override
    public List<ProductionSetting> settings() {
        return List.of(ProductionSetting.realHttpsAddress("gateway.cors.allowed-origin",
                "the case desk's address as browsers reach it, the only origin that may call the API"));
    }
}
