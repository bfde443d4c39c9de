package nl.schoolboard.sexting.platform.words;

import nl.schoolboard.sexting.platform.identity.NotAllowedForRole;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.platform.problem.CommonProblems;
import nl.schoolboard.sexting.platform.problem.Problems;
import nl.schoolboard.sexting.platform.security.ServiceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemWordingTest {

    private final Catalogue catalogue = new Catalogue(WordsConfiguration.catalogueSource());
    private final ProblemWording wording = new ProblemWording(catalogue);

    @Test
    void a_refusal_of_the_role_names_the_role_in_the_callers_words() {
        ProblemDetail problem = Problems.withCode(ServiceSecurity.forbidden(), NotAllowedForRole.NOT_FOR_YOUR_ROLE,
                Map.of("role", StaffRole.CARE_COORDINATOR));

        wording.word(problem, Languages.DUTCH);

        assertThat(problem.getTitle()).isEqualTo("Niet voor uw rol");
        assertThat(problem.getDetail()).isEqualTo("Uw rol (zorgcoördinator / intern begeleider) staat dit niet toe.");
    }

    @Test
    void the_title_of_a_family_of_types_is_shared_and_list_values_are_worded_one_by_one() {
        ProblemDetail problem = Problems.coded(HttpStatus.BAD_REQUEST, "unreadable-body", "value-not-one-of",
                Map.of("value", "X", "values", List.of(StaffRole.MENTOR, StaffRole.SAFEGUARDING_OFFICER)));

        wording.word(problem, Languages.DUTCH);

        assertThat(problem.getDetail()).isEqualTo("'X' is geen van de mogelijke waarden: mentor, aandachtsfunctionaris.");
    }

    @Test
    void a_problem_without_a_code_keeps_its_words() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "as made");

        wording.word(problem, Languages.DUTCH);

        assertThat(problem.getDetail()).isEqualTo("as made");
    }

    @Test
    void every_code_the_platform_answers_with_and_every_role_has_a_dutch_and_an_english_text() {
        List<String> codes = new ArrayList<>(CommonProblems.CODES);
        codes.addAll(nl.schoolboard.sexting.platform.problem.ValidationProblems.CODES);
        codes.addAll(List.of(NotAllowedForRole.NOT_FOR_YOUR_ROLE, "unauthenticated", "rejected-address",
                "sign-in-incomplete", "role-not-in-system", "claim-unreadable", "not-one-of-your-roles",
                "title.internal", "title.unreadable-body", "title.read-not-recorded", "title.unauthenticated",
                "title.forbidden", "title.rejected-address"));
        Arrays.stream(StaffRole.values()).forEach(role -> codes.add("StaffRole." + role.name()));

        assertThat(catalogue.missing(codes)).isEmpty();
    }

    @Test
    void the_dutch_and_the_english_catalogue_hold_the_same_codes() throws Exception {
        assertThat(keys("nl")).isEqualTo(keys("en"));
    }

    private static java.util.Set<Object> keys(String language) throws Exception {
        Properties words = new Properties();
        try (var in = ProblemWordingTest.class.getResourceAsStream("/platform-messages_" + language + ".properties")) {
            words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new java.util.TreeSet<>(words.keySet());
    }

}
