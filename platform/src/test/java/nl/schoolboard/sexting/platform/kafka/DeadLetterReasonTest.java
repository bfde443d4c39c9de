package nl.schoolboard.sexting.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class DeadLetterReasonTest {

    static final class BrokenContract extends RuntimeException {
        BrokenContract(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DeadLetterReason reason = DeadLetterReason.tellingFirst(BrokenContract.class);

    @Test
    void the_first_telling_exception_in_the_chain_is_the_reason_even_with_causes_below_it() {
        Exception wrapped = new IllegalStateException("listener failed",
                new BrokenContract("case event lacks eventId", new IllegalArgumentException("no field eventId")));

        assertThat(reason.of(wrapped)).isEqualTo("BrokenContract: case event lacks eventId");
    }

    @Test
    void without_a_telling_exception_the_innermost_cause_is_the_reason() {
        Exception wrapped = new IllegalStateException("listener failed", new IOException("connection reset"));

        assertThat(reason.of(wrapped)).isEqualTo("IOException: connection reset");
        assertThat(reason.of(new IllegalStateException("alone"))).isEqualTo("IllegalStateException: alone");
    }

    @Test
    void a_long_message_is_cut_to_one_header_sized_line() {
        assertThat(reason.of(new BrokenContract("x".repeat(2_000), null))).hasSize(DeadLetterReason.MAX_LENGTH)
                .startsWith("BrokenContract: xxx");
    }
}
