package nl.schoolboard.sexting.caseservice.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RetentionSettings.class)
class PrivacyConfiguration {
}
