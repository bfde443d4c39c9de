package nl.schoolboard.sexting.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolboard.sexting.contracts.payload.CaseEventPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every published type has a golden file, and every golden file is exactly what its payload record reads and writes. */
class GoldenCaseEventsTest {

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void the_golden_file_reads_into_its_payload_and_writes_back_the_same(CaseEventType type) throws IOException {
        byte[] golden = GoldenCaseEvents.bytes(type);

        CaseEvent event = CaseEventJson.read(golden);
        CaseEventPayload payload = CaseEventJson.payload(event, type.payloadType());
        CaseEvent rewritten = new CaseEvent(event.eventId(), event.type(), event.schemaVersion(), event.occurredAt(),
                event.recordedAt(), event.boardId(), event.schoolId(), event.caseId(), event.caseVersion(),
                event.actor(), event.correlationId(), CaseEventJson.toTree(payload));

        assertThat(event.type()).isEqualTo(type.typeName());
        assertThat(event.schemaVersion()).isEqualTo(type.schemaVersion());
        assertThat(tree(CaseEventJson.write(rewritten))).isEqualTo(tree(golden));
    }

    @Test
    void there_is_no_golden_file_of_a_type_that_is_not_published() throws IOException {
        Path folder = Path.of("src/main/resources", GoldenCaseEvents.resource(CaseEventType.INCIDENT_REPORTED))
                .getParent();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(CaseEventType.values())
                            .map(type -> Path.of(GoldenCaseEvents.resource(type)).getFileName().toString())
                            .toList());
        }
    }

    private static JsonNode tree(byte[] json) throws IOException {
        return CaseEventJson.mapper().readTree(json);
    }
}
