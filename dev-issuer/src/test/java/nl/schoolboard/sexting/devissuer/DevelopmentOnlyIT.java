package nl.schoolboard.sexting.devissuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The issuer mints tokens for anyone who reaches it, so it starts only when asked for by name, never under the
 * production profile, and by default only on the loopback address.
 */
class DevelopmentOnlyIT {

    @TempDir
    Path data;

    @Test
    void does_not_start_unless_enabled_and_says_how_to_enable_it() {
        assertThatThrownBy(() -> start().close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not enabled")
                .hasMessageContaining("dev-issuer.enabled=true")
                .hasMessageContaining("DEV_ISSUER_ENABLED=true");
        assertThat(data.resolve("jwk.json")).as("refused before any bean, so no signing key was made").doesNotExist();
    }

    @Test
    void does_not_start_under_the_prod_profile_even_when_enabled() {
        assertThatThrownBy(() -> start("--dev-issuer.enabled=true", "--spring.profiles.active=prod").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refuses to start under the 'prod' profile");
    }

    @Test
    void when_enabled_it_listens_on_the_loopback_address_only() throws Exception {
        try (ConfigurableApplicationContext issuer = start("--dev-issuer.enabled=true")) {
            Connector connector = ((TomcatWebServer) ((ServletWebServerApplicationContext) issuer).getWebServer())
                    .getTomcat().getConnector();

            assertThat(connector.getProperty("address")).isInstanceOf(InetAddress.class)
                    .satisfies(address -> assertThat(((InetAddress) address).isLoopbackAddress()).isTrue());
            assertThat(Files.exists(data.resolve("jwk.json"))).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--dev-issuer.key-file=" + data.resolve("jwk.json");
        all[2] = "--spring.main.banner-mode=off";
        System.arraycopy(arguments, 0, all, 3, arguments.length);
        return new SpringApplicationBuilder(DevIssuerApplication.class).run(all);
    }
}
