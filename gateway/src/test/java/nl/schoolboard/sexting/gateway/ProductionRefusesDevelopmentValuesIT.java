package nl.schoolboard.sexting.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.schoolboard.sexting.platform.production.UnfitForProduction;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway under the production profile does not start with the values of the development stacks: the
 * development issuer (whose {@code POST /dev/tokens} mints a token for anyone) and the local stack's web UI origin.
 * The same guard from platform as in the servlet services, here in the reactive application, with the gateway's own
 * settings ({@link GatewayProductionSettings}) found beside platform's.
 */
class ProductionRefusesDevelopmentValuesIT {

    private static final String ISSUER_URI = "--spring.security.oauth2.resourceserver.jwt.issuer-uri=";
    private static final String JWK_SET_URI = "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=";

    @Test
    void refuses_to_start_in_production_with_the_issuer_keys_and_origin_of_docker_compose() {
        assertThatThrownBy(() -> gateway("--spring.profiles.active=prod", ISSUER_URI + "http://localhost:9000",
                JWK_SET_URI + "http://dev-issuer:9000/oauth2/jwks").close())
                .isInstanceOf(UnfitForProduction.class)
                .hasMessageContaining("Refusing to start under the 'prod' profile")
                .hasMessageContaining("issuer-uri=http://localhost:9000 is the development issuer")
                .hasMessageContaining("jwk-set-uri=http://dev-issuer:9000/oauth2/jwks is the development issuer")
                .hasMessageContaining("gateway.cors.allowed-origin=http://localhost:8080 is the development or"
                        + " example address");
    }

    @Test
    void starts_in_production_with_the_boards_own_provider_and_the_desks_own_address() {
        try (ConfigurableApplicationContext gateway = gateway("--spring.profiles.active=prod",
                ISSUER_URI + TestTokens.ISSUER, JWK_SET_URI + TestTokens.ISSUER + "/oauth2/jwks",
                "--gateway.cors.allowed-origin=https://meldpunt.bestuur.nl")) {
            assertThat(gateway.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext gateway(String... arguments) {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run(arguments);
    }
}
