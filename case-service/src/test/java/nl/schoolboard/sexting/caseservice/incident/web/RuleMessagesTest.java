package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.ProtocolIncomplete;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.platform.words.Catalogue;
import nl.schoolboard.sexting.platform.words.Languages;
import nl.schoolboard.sexting.platform.words.ProblemWording;
import nl.schoolboard.sexting.platform.words.WordsConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case service's catalogue: every code it can answer with has a Dutch and an English text, and the words land in
 * the problem in the language asked for.
 */
class RuleMessagesTest {

    /** The codes of the case service's own problems, besides the RuleCodes (see {@code ProblemResponses}). */
    static final List<String> PROBLEM_CODES = List.of(RuleMessages.INVALID_FIELDS, "already-reported",
            "idempotency-key-reused", "case-not-found", "no-such-case", "stale-version", "read-not-recorded",
            "unknown-step", "rebuild-refused", "export-incomplete", "report-only-at-own-school",
            "step-not-for-your-role", "cases-only-of-own-schools", "board-sees-counts-only");
    /** The problem types the case service answers with, whose titles the catalogue holds. */
    static final List<String> PROBLEM_TYPES = List.of("invalid-fields", "already-reported", "idempotency-key-reused",
            "case-not-found", "protocol", "stale-version", "read-not-recorded", "unknown-step", "rebuild-refused",
            "export-incomplete");

    private final Catalogue catalogue = new Catalogue(WordsConfiguration.catalogueSource());
    private final ProblemWording wording = new ProblemWording(catalogue);

    @Test
    void every_code_the_case_service_can_answer_with_has_a_dutch_and_an_english_text() {
        List<String> codes = new ArrayList<>(PROBLEM_CODES);
        Arrays.stream(RuleCode.values()).map(RuleCode::code).forEach(codes::add);
        PROBLEM_TYPES.forEach(type -> codes.add("title." + type));
        Arrays.stream(ProtocolStep.values()).forEach(step -> codes.add("ProtocolStep." + step.name()));

        assertThat(catalogue.missing(codes)).isEmpty();
    }

    @Test
    void the_dutch_and_the_english_catalogue_hold_the_same_codes() throws IOException {
        assertThat(codes("nl")).isEqualTo(codes("en"));
    }

    @Test
    void a_refusal_of_fields_names_code_and_params_per_field_and_is_worded_in_the_language_asked_for() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        RuleMessages.explain(problem, new InvalidCommand(Map.of("until", RuleCode.ACCESS_TOO_LONG.with(Map.of("days", 90)))));

        wording.word(problem, Languages.DUTCH);

        assertThat(problem.getDetail()).isEqualTo("Er is niets opgeslagen. Toegang tot een dossier is tijdelijk: hoogstens 90 dagen.");
        assertThat(problem.getProperties().get("errors")).isEqualTo(List.of(Map.of("field", "until",
                "code", "access-too-long", "params", Map.of("days", 90),
                "message", "Toegang tot een dossier is tijdelijk: hoogstens 90 dagen.")));
    }

    @Test
    void a_protocol_refusal_carries_its_code_and_names_the_open_steps_in_words() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        RuleMessages.explain(problem, new ProtocolIncomplete(List.of(ProtocolStep.VICTIM_CONVERSATION, ProtocolStep.SANCTIONS)));

        wording.word(problem, Languages.ENGLISH);

        assertThat(problem.getDetail()).isEqualTo("These protocol steps are open; take them, or give a reason for each: "
                + "conversation with the victim, measures for the perpetrator(s)");
        assertThat(problem.getProperties()).containsEntry("code", "protocol-incomplete")
                .containsEntry("openSteps", List.of(ProtocolStep.VICTIM_CONVERSATION, ProtocolStep.SANCTIONS));
    }

    private static Set<String> codes(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(words.stringPropertyNames());
    }
}
