package nl.schoolboard.sexting.caseservice.incident.people;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AssessmentSettings.class)
class AssessmentConfiguration {
}
