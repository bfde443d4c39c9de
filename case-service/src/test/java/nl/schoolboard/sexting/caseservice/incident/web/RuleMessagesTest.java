package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolIncomplete;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMessagesTest {

    @ParameterizedTest(name = "{0} has a text")
    @EnumSource(RuleCode.class)
    void every_code_the_domain_can_refuse_with_has_a_text_in_the_catalogue(RuleCode code) {
        assertThat(RuleMessages.hasText(code)).as(code.code()).isTrue();
        assertThat(RuleMessages.text(code, Map.of())).isNotBlank();
    }

    @Test
    void parameters_are_put_into_the_text() {
        assertThat(RuleMessages.text(RuleCode.TEXT_TOO_LONG, Map.of("max", 4000))).isEqualTo("Keep this to 4000 characters.");
    }

    @Test
    void a_refusal_of_fields_keeps_its_detail_and_names_code_and_params_per_field() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        RuleMessages.explain(problem, new InvalidCommand(Map.of("until", RuleCode.ACCESS_TOO_LONG.with(Map.of("days", 90)))));

        assertThat(problem.getDetail()).isEqualTo("Nothing was saved. Access to a case is for a limited time: at most 90 days.");
        assertThat(problem.getProperties().get("errors")).isEqualTo(List.of(Map.of("field", "until",
                "message", "Access to a case is for a limited time: at most 90 days.", "code", "access-too-long",
                "params", Map.of("days", 90))));
    }

    @Test
    void a_protocol_refusal_carries_its_code_and_params_beside_the_detail() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        RuleMessages.explain(problem, new ProtocolIncomplete(List.of(ProtocolStep.VICTIM_CONVERSATION, ProtocolStep.SANCTIONS)));

        assertThat(problem.getDetail()).isEqualTo(
                "These protocol steps are open; take them, or give a reason for each: [VICTIM_CONVERSATION, SANCTIONS]");
        assertThat(problem.getProperties()).containsEntry("code", "protocol-incomplete")
                .containsEntry("openSteps", List.of(ProtocolStep.VICTIM_CONVERSATION, ProtocolStep.SANCTIONS));
    }
}
