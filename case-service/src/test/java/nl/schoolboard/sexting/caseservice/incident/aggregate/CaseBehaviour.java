package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.A;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;

import static org.hamcrest.Matchers.containsString;

/**
 * What the given/when/then tests of the case share: case-1 on a clock stopped at {@link #NOW}, facts that happened
 * two hours {@link #EARLIER}, a fresh {@link CaseFixture} for every test, and what a refusal looks like.
 */
abstract class CaseBehaviour {

    static final Instant NOW = A.NOW;
    static final Instant EARLIER = NOW.minus(Duration.ofHours(2));
    static final CaseId CASE = A.CASE;

    FixtureConfiguration<IncidentCase> fixture;

    @BeforeEach
    void setUpTheCase() {
        fixture = CaseFixture.at(NOW);
    }

    /**
     * The case refused the command: nothing is recorded, and the refusal is of this kind and names each of these
     * rules or fields.
     */
    static void refused(ResultValidator<IncidentCase> then, Class<? extends Throwable> kind, String... named) {
        then.expectNoEvents().expectException(kind);
        for (String rule : named) {
            then.expectExceptionMessage(containsString(rule));
        }
    }
}
