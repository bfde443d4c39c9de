package nl.schoolboard.sexting.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Tells the people around a case what they need to know, when they need to know it: school leaders and care
 * coordinators on a new incident and an overdue step (repeated alerts merged into a digest), the briefed team members
 * by e-mail and in their in-app inbox, and a pupil's guardians only when the school decides to inform them of a fact.
 * Every delivery is recorded and published; the school keeps its contact directory here.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
