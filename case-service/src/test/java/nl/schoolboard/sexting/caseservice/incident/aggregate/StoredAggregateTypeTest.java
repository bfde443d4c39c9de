package nl.schoolboard.sexting.caseservice.incident.aggregate;

import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stored event names the aggregate it belongs to in its {@code type} field. Axon takes that name from the
 * class's simple name (unless {@code @AggregateRoot(type = ...)} sets one), never from its package: so the case's
 * events, written as {@code IncidentCase} since the first, stay the case's wherever its class lives. Renaming the
 * class would change it; this test says so before the event store does.
 */
class StoredAggregateTypeTest {

    @Test
    void the_case_is_stored_under_the_name_it_always_had_whatever_its_package() {
        assertThat(AnnotatedAggregateMetaModelFactory.inspectAggregate(IncidentCase.class).type())
                .isEqualTo("IncidentCase");
    }
}
