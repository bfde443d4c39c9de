package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.FieldRulesFirst;
import nl.schoolboard.sexting.caseservice.incident.people.AgeRules;
import nl.schoolboard.sexting.caseservice.incident.people.AssessmentRules;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicies;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicy;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The case aggregate as the command bus runs it: on a clock stopped at {@code now}, with the board's default
 * deadlines, and a command's own field rules checked before the case sees it.
 */
final class CaseFixture {

    private CaseFixture() {
    }

    static FixtureConfiguration<IncidentCase> at(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        FixtureConfiguration<IncidentCase> fixture = new AggregateTestFixture<>(IncidentCase.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource((DeadlinePolicies) board -> DeadlinePolicy.defaults());
        fixture.registerInjectableResource((AssessmentRules) board -> AgeRules.defaults());
        fixture.registerCommandHandlerInterceptor(new FieldRulesFirst(clock));
        return fixture;
    }
}
