package nl.schoolboard.sexting.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A gateway that does not know the token issuer must not start (and so route nothing unchecked). */
class StartWithoutIssuerIT {

    @Test
    void refuses_to_start_without_the_issuer_and_names_the_property_to_set() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run().close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }
}
