package nl.schoolboard.sexting.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import nl.schoolboard.sexting.platform.words.Catalogue;
import nl.schoolboard.sexting.platform.words.Languages;
import nl.schoolboard.sexting.platform.words.ProblemWording;
import nl.schoolboard.sexting.platform.words.WordsConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommonProblemsTest {

    private final ProblemWording wording = new ProblemWording(new Catalogue(WordsConfiguration.catalogueSource()));

    @Test
    void an_unreadable_body_names_the_field_where_reading_stopped_as_a_client_writes_it() {
        JsonMappingException stopped = JsonMappingException.from((JsonParser) null, "cannot read");
        stopped.prependPath(new JsonMappingException.Reference(null, "role"));
        stopped.prependPath(new JsonMappingException.Reference(null, 1));
        stopped.prependPath(new JsonMappingException.Reference(null, "involvedPupils"));

        ProblemDetail problem = wording.word(CommonProblems.unreadableBody(stopped), Languages.ENGLISH);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo(Problems.type("unreadable-body"));
        assertThat(problem.getDetail()).isEqualTo("Nothing was saved. This value has the wrong form.");
        assertThat(problem.getProperties()).containsEntry("errors", List.of(Map.of("field", "involvedPupils[1].role",
                "code", "value-wrong-form", "params", Map.of(), "message", "This value has the wrong form.")));
    }

    @Test
    void in_dutch_the_same_problem_speaks_dutch() {
        JsonMappingException stopped = JsonMappingException.from((JsonParser) null, "cannot read");
        stopped.prependPath(new JsonMappingException.Reference(null, "role"));

        ProblemDetail problem = wording.word(CommonProblems.unreadableBody(stopped), Languages.DUTCH);

        assertThat(problem.getTitle()).isEqualTo("Het verzoek kon niet worden gelezen");
        assertThat(problem.getDetail()).isEqualTo("Er is niets opgeslagen. Deze waarde heeft niet de goede vorm.");
    }

    @Test
    void a_body_that_is_not_json_at_all_names_no_field() {
        ProblemDetail problem = wording.word(CommonProblems.unreadableBody(new IllegalStateException("not JSON")),
                Languages.ENGLISH);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("Nothing was saved: the request is not valid JSON in the expected shape.");
        assertThat(problem.getProperties()).doesNotContainKey("errors");
    }

    @Test
    void a_fault_of_ours_tells_nothing_of_the_internals() {
        ProblemDetail problem = wording.word(CommonProblems.internalFault(), Languages.DUTCH);

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getType()).isEqualTo(Problems.type("internal"));
        assertThat(problem.getDetail()).startsWith("U deed niets verkeerd").doesNotContain("Exception");
    }
}
