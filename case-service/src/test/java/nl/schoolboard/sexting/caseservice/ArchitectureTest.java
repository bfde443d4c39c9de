package nl.schoolboard.sexting.caseservice;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import nl.schoolboard.sexting.testsupport.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every service keeps, applied to case-service. Written against packages, not classes, so that the case's
 * own packages may be reorganised inside without touching this test.
 */
@AnalyzeClasses(packagesOf = CaseServiceApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests the_rules_every_service_keeps = ArchTests.in(ArchitectureRules.class);

    /** Commands, events and the case's vocabulary: the domain, which speaks neither HTTP nor Kafka nor MongoDB. */
    @ArchTest
    static final ArchRule the_domain_is_free_of_web_kafka_and_mongo = ArchitectureRules.domainIsFreeOfInfrastructure(
            "..caseservice.incident.command..", "..caseservice.incident.event..", "..caseservice.incident.model..",
            "..caseservice.incident.protocol..", "..caseservice.incident.refusal..", "..caseservice.incident.aggregate..");

    // ---- the incident's own packages, which depend one way: aggregate -> protocol -> command -> refusal -> model --

    @ArchTest
    static final ArchRule the_incident_packages_are_free_of_cycles =
            slices().matching("..caseservice.incident.(*)..").should().beFreeOfCycles()
                    .because("each package of the incident is read on its own, from the bottom up");

    @ArchTest
    static final ArchRule the_aggregate_knows_neither_the_web_nor_the_read_side = keepsAwayFrom(
            "..caseservice.incident.aggregate..",
            "..caseservice.incident.web..", "..caseservice.incident.query..", "..caseservice.web..")
            .because("the case decides from its own facts; how they are shown or asked for is not its concern");

    @ArchTest
    static final ArchRule only_the_edge_reaches_the_aggregate = noClasses()
            .that().resideInAnyPackage("..caseservice.incident.protocol..", "..caseservice.incident.command..",
                    "..caseservice.incident.refusal..", "..caseservice.incident.event..", "..caseservice.incident.model..",
                    "..caseservice.incident.query..", "..caseservice.incident.deadline..")
            .should().dependOnClassesThat().resideInAPackage("..caseservice.incident.aggregate..")
            .because("the case is reached through the command bus; the read side and the deadline watch read the "
                    + "same CaseFile, never the aggregate");

    @ArchTest
    static final ArchRule commands_know_no_case = keepsAwayFrom("..caseservice.incident.command..",
            "..caseservice.incident.protocol..", "..caseservice.incident.aggregate..")
            .because("a command's field rules run before any case is loaded, so they cannot need one");

    @ArchTest
    static final ArchRule protocol_rules_are_free_of_axon = keepsAwayFrom("..caseservice.incident.protocol..",
            "org.axonframework..")
            .because("a rule is asked of a folded case file, and tested by folding facts, with no framework around it");

    @ArchTest
    static final ArchRule refusals_hold_codes_not_logic = classes()
            .that().resideInAPackage("..caseservice.incident.refusal..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..caseservice.incident.refusal..",
                    "..caseservice.incident.model..", "java..")
            .because("every layer refuses with these codes, so they may lean on nothing but the case's vocabulary");

    /** No class of {@code packageName} depends on a class of any of {@code forbidden}. */
    private static ArchRule keepsAwayFrom(String packageName, String... forbidden) {
        return noClasses().that().resideInAPackage(packageName)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden);
    }
}
