package nl.schoolboard.sexting.exampleservice.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of the example service: validated by the binder, never proxied, so a record may carry {@code @Validated}. */
@Validated
@ConfigurationProperties("planning")
record PlanningSettings(String region) {
}
