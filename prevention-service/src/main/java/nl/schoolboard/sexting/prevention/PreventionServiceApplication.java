package nl.schoolboard.sexting.prevention;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Prevention service: turns case events into preventive activities per school (protocol step 7) and publishes what
 * it planned on {@code prevention-events}. Features live in their own packages ({@code planning} now; school
 * calendars and the calendar feed later).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PreventionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PreventionServiceApplication.class, args);
    }
}
