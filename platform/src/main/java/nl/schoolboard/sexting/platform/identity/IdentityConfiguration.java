package nl.schoolboard.sexting.platform.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The board's {@link ClaimMapping}, from {@code identity.claims.*}, for the gateway and the servlet services alike: a
 * mapping that cannot be right (a role that does not exist, a value that means two things) stops the start.
 */
@AutoConfiguration
@EnableConfigurationProperties(ClaimMappingProperties.class)
public class IdentityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

    @Bean
    ClaimMapping claimMapping(ClaimMappingProperties settings) {
        ClaimMapping mapping = ClaimMapping.of(settings);
        log.info("Callers are identified by {}", mapping);
        return mapping;
    }
}
