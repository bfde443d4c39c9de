package nl.schoolboard.sexting.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommonProblemsTest {

    @Test
    void an_unreadable_body_names_the_field_where_reading_stopped_as_a_client_writes_it() {
        JsonMappingException stopped = JsonMappingException.from((JsonParser) null, "cannot read");
        stopped.prependPath(new JsonMappingException.Reference(null, "role"));
        stopped.prependPath(new JsonMappingException.Reference(null, 1));
        stopped.prependPath(new JsonMappingException.Reference(null, "involvedPupils"));

        ProblemDetail problem = CommonProblems.unreadableBody(stopped, mapping -> "This value has the wrong form.");

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo(Problems.type("unreadable-body"));
        assertThat(problem.getDetail()).isEqualTo("Nothing was saved. involvedPupils[1].role: This value has the wrong form.");
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(Map.of("field", "involvedPupils[1].role", "message", "This value has the wrong form.")));
    }

    @Test
    void a_body_that_is_not_json_at_all_names_no_field() {
        ProblemDetail problem = CommonProblems.unreadableBody(new IllegalStateException("not JSON"), mapping -> "never");

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("Nothing was saved: the request is not valid JSON in the expected shape.");
        assertThat(problem.getProperties()).isNull();
    }

    @Test
    void a_fault_of_ours_tells_nothing_of_the_internals() {
        ProblemDetail problem = CommonProblems.internalFault();

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getType()).isEqualTo(Problems.type("internal"));
        assertThat(problem.getDetail()).doesNotContain("Exception");
    }
}
