package nl.schoolboard.sexting.caseservice.incident.deadline;

import nl.schoolboard.sexting.caseservice.CaseServiceApplication;
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.aggregate.IncidentCase;
import nl.schoolboard.sexting.caseservice.incident.command.InterviewVictim;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.command.ReportIncident;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.testsupport.MovableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines on a moving clock, across a restart: a step past its due time raises one overdue event, however often
 * the watch runs, and a case-service started anew on the same store raises none again.
 */
class DeadlineWatchIT {

    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-23T09:00:00Z")); // a Monday
    static EmbeddedKafkaBroker kafka;
    static final String DATABASE = "deadline-watch-" + UUID.randomUUID();

    @Configuration
    static class MovingTime {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @BeforeAll
    static void kafka() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopKafka() {
        kafka.destroy();
    }

    private static ConfigurableApplicationContext startCaseService() {
        return new SpringApplicationBuilder(CaseServiceApplication.class, MovingTime.class)
                .run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--spring.data.mongodb.uri=" + InMemoryMongo.uri(DATABASE),
                        // the test drives the watch itself
                        "--case.deadlines.watch-interval=PT1H");
    }

    @Test
    void a_step_past_due_is_reported_overdue_exactly_once_also_across_a_restart() {
        CaseId caseId = new CaseId("deadline-" + UUID.randomUUID());
        try (ConfigurableApplicationContext first = startCaseService()) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new ReportIncident(caseId, new BoardId("board-1"), new SchoolId("school-1"),
                    CLOCK.instant(), CameToLight.STAFF_NOTICED, MaterialKind.PHOTO, Set.of(), true,
                    List.of(new InvolvedPupil(new PersonRef("P-1"), PersonRole.VICTIM)), List.of(), new Reporter("u", "SCHOOL_LEADER")));
            // the victim conversation is held in time; police contact and team briefing are not
            commands.sendAndWait(new InterviewVictim(caseId, null, CLOCK.instant(), new PersonRef("P-1"), true,
                    List.of(), null, false, null));
            DeadlineWatch watch = first.getBean(DeadlineWatch.class);
            MongoTemplate mongo = first.getBean(MongoTemplate.class);
            // three steps of the report, and the aftercare the victim conversation planned (due in 20 school days)
            await().atMost(Duration.ofSeconds(20)).until(() -> mongo.getCollection("step_deadlines")
                    .countDocuments(new Document("caseId", caseId.value())) == 4);

            watch.markOverdueSteps();
            assertThat(overdueSteps(mongo, caseId)).as("nothing is due yet").isEmpty();

            CLOCK.advance(Duration.ofDays(1).plusHours(1)); // Tuesday: past one school day, not two
            watch.markOverdueSteps();
            watch.markOverdueSteps();
            assertThat(overdueSteps(mongo, caseId)).containsExactly("POLICE_CONTACT");

            CLOCK.advance(Duration.ofDays(1)); // Wednesday: past two school days
            watch.markOverdueSteps();
            assertThat(overdueSteps(mongo, caseId)).containsExactlyInAnyOrder("POLICE_CONTACT", "TEAM_BRIEFING");
        }

        try (ConfigurableApplicationContext restarted = startCaseService()) {
            MongoTemplate mongo = restarted.getBean(MongoTemplate.class);
            DeadlineWatch watch = restarted.getBean(DeadlineWatch.class);
            CLOCK.advance(Duration.ofDays(5));
            watch.markOverdueSteps();
            watch.markOverdueSteps();
            assertThat(overdueSteps(mongo, caseId)).containsExactlyInAnyOrder("POLICE_CONTACT", "TEAM_BRIEFING");
        }
    }

    private static List<String> overdueSteps(MongoTemplate mongo, CaseId caseId) {
        return mongo.getCollection("domainevents")
                .find(new Document("aggregateIdentifier", caseId.value()).append("payloadType",
                        "nl.schoolboard.sexting.caseservice.incident.event.StepBecameOverdue"))
                .map(d -> d.get("serializedPayload").toString())
                .map(payload -> payload.replaceAll(".*\"step\"\\s*:\\s*\"([A-Z_]+)\".*", "$1"))
                .into(new java.util.ArrayList<>());
    }
}
