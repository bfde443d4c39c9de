package nl.schoolboard.sexting.prevention;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import nl.schoolboard.sexting.testsupport.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packagesOf = PreventionServiceApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // the rules every service keeps

    @ArchTest
    static final ArchTests the_rules_every_service_keeps = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule planning_is_free_of_web_kafka_and_mongo =
            ArchitectureRules.domainIsFreeOfInfrastructure("nl.schoolboard.sexting.prevention.planning");

    // this service's own rules

    @ArchTest
    static final ArchRule planning_rules_are_free_of_spring_kafka_mongo_and_web =
            noClasses().that().resideInAPackage("nl.schoolboard.sexting.prevention.planning")
                    .and().haveSimpleNameNotEndingWith("Configuration")
                    .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                            "com.mongodb..", "org.bson..", "jakarta.servlet..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule the_calendar_feed_uses_planning_only_through_its_core =
            noClasses().that().resideInAPackage("nl.schoolboard.sexting.prevention.calendarfeed..")
                    .should().dependOnClassesThat().resideInAnyPackage("..prevention.planning.web..",
                            "..prevention.planning.kafka..", "..prevention.planning.mongo..",
                            "..prevention.planning.schedule..");

    @ArchTest
    static final ArchRule planning_does_not_know_the_calendar_feed =
            noClasses().that().resideInAPackage("nl.schoolboard.sexting.prevention.planning..")
                    .should().dependOnClassesThat().resideInAPackage("..prevention.calendarfeed..");

    @ArchTest
    static final ArchRule the_adapters_of_planning_do_not_lean_on_each_other =
            slices().matching("nl.schoolboard.sexting.prevention.planning.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule planning_does_not_know_who_is_asking =
            noClasses().that().resideInAPackage("nl.schoolboard.sexting.prevention.planning")
                    .should().dependOnClassesThat().resideInAPackage("..prevention.access..");
}
