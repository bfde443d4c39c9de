package nl.schoolboard.sexting.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import nl.schoolboard.sexting.exampleservice.planning.Plan;
import nl.schoolboard.sexting.exampleservice.planning.Step;
import nl.schoolboard.sexting.exampleservice.web.Endpoints;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared rules find what they are for in a small example service ({@code nl.schoolboard.sexting.exampleservice}
 * in this module's tests), and only that: {@link Plan} breaks each rule once, {@link Step} keeps them all.
 */
class ArchitectureRulesTest {

    private final JavaClasses breaking = new ClassFileImporter().importClasses(Plan.class, Endpoints.class);
    private final JavaClasses keeping = new ClassFileImporter().importClasses(Step.class);

    @Test
    void a_service_that_knows_another_service_is_found() {
        assertThat(violations(ArchitectureRules.knows_other_parts_only_through_contracts_and_platform, breaking))
                .contains("Neighbour").doesNotContain("StaffRole").doesNotContain("Endpoints");
    }

    @Test
    void a_web_type_below_the_web_is_found() {
        assertThat(violations(ArchitectureRules.no_web_types_below_web, breaking)).contains("Endpoints");
    }

    @Test
    void a_service_that_reads_the_token_itself_is_found() {
        assertThat(violations(ArchitectureRules.reads_the_caller_only_through_platform, breaking)).contains("Jwt");
    }

    @Test
    void an_endpoint_that_names_no_access_rule_is_found() {
        assertThat(violations(ArchitectureRules.every_endpoint_names_its_access_rule, breaking))
                .contains("forgotten()").doesNotContain("guarded()");
    }

    @Test
    void a_record_that_spring_would_have_to_proxy_is_found_and_one_that_needs_no_proxy_passes() {
        JavaClasses records = new ClassFileImporter().importPackagesOf(Step.class);

        assertThat(violations(ArchitectureRules.records_are_never_proxied, records))
                .contains("record nl.schoolboard.sexting.exampleservice.planning.Archive is annotated @Repository")
                .contains("Archive.keep() of a record is annotated @Async")
                .doesNotContain("Agenda").doesNotContain("PlanningSettings");
    }

    @Test
    void a_class_that_keeps_to_its_service_contracts_and_platform_passes_them_all() {
        for (ArchRule rule : new ArchRule[] {ArchitectureRules.knows_other_parts_only_through_contracts_and_platform,
                ArchitectureRules.no_web_types_below_web, ArchitectureRules.reads_the_caller_only_through_platform}) {
            assertThat(rule.evaluate(keeping).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    private static String violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
