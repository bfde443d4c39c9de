package nl.schoolboard.sexting.caseservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The case service: the sexting protocol as an event-sourced case, its projections, and the relay to Kafka. */
@SpringBootApplication
public class CaseServiceApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CaseServiceApplication.class, args);
    }
}
