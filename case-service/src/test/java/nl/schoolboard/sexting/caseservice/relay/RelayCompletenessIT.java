package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.support.DatabaseOfItsOwn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** The relay completeness scenario on the embedded KRaft broker and the in-process MongoDB-wire server. */
@SpringBootTest(properties = {
        // shorter than production's 10 s: the scenario's slow commits outlast it, stamping at the write must make up
        "case.event-store.look-back=PT3S",
        "axon.eventhandling.processors.kafka-relay.batch-size=200",
        "axon.eventhandling.processors.case-projection.batch-size=500"})
@EmbeddedKafka(kraft = true, partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(RelayCompletenessScenario.SlowCommits.class)
@DatabaseOfItsOwn
class RelayCompletenessIT extends RelayCompletenessScenario {
}
