package nl.schoolboard.sexting.gateway.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class RedactedErrorTest {

    private static final String TOKEN = "OOPzYjgyfyVYdN1w-5da4r4j5gL0w5bd7KWNDL4Tduc";

    @Test
    void keeps_the_class_names_and_stack_trace_and_takes_the_token_out_of_every_message() {
        IllegalStateException original = new IllegalStateException("route failed for /api/prevention/calendar/"
                + TOKEN + ".ics", new IllegalArgumentException("bad path /api/prevention/calendar/" + TOKEN));
        original.addSuppressed(new RuntimeException("also /api/prevention/calendar/" + TOKEN));

        RedactedError redacted = RedactedError.of(original);
        StringWriter printed = new StringWriter();
        redacted.printStackTrace(new PrintWriter(printed));

        assertThat(printed.toString()).doesNotContain(TOKEN)
                .contains("java.lang.IllegalStateException: route failed for /api/prevention/calendar/***")
                .contains("java.lang.IllegalArgumentException: bad path /api/prevention/calendar/***")
                .contains("java.lang.RuntimeException: also /api/prevention/calendar/***")
                .contains(getClass().getName() + ".keeps_the_class_names");
        assertThat(redacted.getStackTrace()).isEqualTo(original.getStackTrace());
    }
}
