package nl.schoolboard.sexting.caseservice.incident.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.boot.DefaultApplicationArguments;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The rebuild command: which processors, in which order, and what happens when another instance holds one. */
class ProjectionRebuildTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final StreamingEventProcessor cases = processor("case-projection");
    private final StreamingEventProcessor timeline = processor("case-timeline");

    private StreamingEventProcessor processor(String name) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.getName()).thenReturn(name);
        when(processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class)).thenReturn(Optional.of(processor));
        return processor;
    }

    @Test
    void each_view_processor_is_stopped_reset_and_started_again_and_nothing_else() {
        assertThat(new ProjectionRebuild(processing).rebuild()).containsExactly("case-projection", "case-timeline");

        InOrder order = inOrder(cases, timeline);
        order.verify(cases).shutDown();
        order.verify(cases).resetTokens();
        order.verify(cases).start();
        order.verify(timeline).shutDown();
        order.verify(timeline).resetTokens();
        order.verify(timeline).start();
        verify(processing, never()).eventProcessorByProcessingGroup("kafka-relay", StreamingEventProcessor.class);
    }

    @Test
    void a_processor_claimed_by_another_instance_is_refused_and_keeps_running() {
        doThrow(new UnableToClaimTokenException("claimed elsewhere")).when(cases).resetTokens();

        assertThatThrownBy(() -> new ProjectionRebuild(processing).rebuild())
                .isInstanceOf(ProjectionRebuild.RebuildRefused.class)
                .hasMessageContaining("another case-service instance");
        verify(cases).start();
        verify(timeline, never()).shutDown();
    }

    @Test
    void the_command_line_switch_starts_a_rebuild_and_its_absence_does_not() {
        ProjectionRebuild rebuild = mock(ProjectionRebuild.class);
        RebuildProjectionsOnStartup runner = new RebuildProjectionsOnStartup(rebuild);

        runner.run(new DefaultApplicationArguments("--server.port=8081"));
        verify(rebuild, never()).rebuild();

        runner.run(new DefaultApplicationArguments("--rebuild-projections"));
        verify(rebuild).rebuild();
    }
}
