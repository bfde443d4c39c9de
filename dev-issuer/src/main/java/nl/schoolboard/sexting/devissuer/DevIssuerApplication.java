package nl.schoolboard.sexting.devissuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The development OIDC issuer of the local stack (Spring Authorization Server): a demo board with several schools
 * and one demo user per role, signing RS256 access tokens with the claims every service reads (see
 * {@link nl.schoolboard.sexting.devissuer.token.IdentityClaims}). Production never runs this: the services are
 * pointed at the board's own OIDC provider by configuration only
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DevIssuerApplication {

    public static void main(String[] args) {
        SpringApplication.run(DevIssuerApplication.class, args);
    }
}
