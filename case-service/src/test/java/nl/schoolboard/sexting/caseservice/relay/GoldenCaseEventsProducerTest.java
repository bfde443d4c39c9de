package nl.schoolboard.sexting.caseservice.relay;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.CaseEventType;
import nl.schoolboard.sexting.contracts.GoldenCaseEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's side of the contract: each kind of stored fact, relayed, is exactly the golden file of its type,
 * envelope and payload, as written on the wire. Renaming a field of a domain event, or mapping it differently,
 * fails here before any consumer sees it.
 */
class GoldenCaseEventsProducerTest {

    static List<CaseFact> facts() {
        return CaseFactSamples.all();
    }

    @ParameterizedTest
    @MethodSource("facts")
    void a_relayed_fact_is_its_golden_file(CaseFact fact) throws IOException {
        CaseEvent event = CaseEventMapper.toIntegrationEvent(CaseFactSamples.stored(fact)).orElseThrow();
        CaseEventType type = CaseEventType.named(event.type()).orElseThrow();

        assertThat(tree(CaseEventJson.write(event))).isEqualTo(tree(GoldenCaseEvents.bytes(type)));
    }

    @Test
    void the_samples_cover_every_published_type_once() {
        assertThat(facts().stream().map(fact -> CaseEventMapper.toIntegrationEvent(CaseFactSamples.stored(fact))
                .orElseThrow().type()))
                .containsExactlyInAnyOrderElementsOf(List.of(CaseEventType.values()).stream()
                        .map(CaseEventType::typeName).toList());
    }

    private static JsonNode tree(byte[] json) throws IOException {
        return CaseEventJson.mapper().readTree(json);
    }
}
