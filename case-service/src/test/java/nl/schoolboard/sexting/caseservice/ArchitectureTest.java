package nl.schoolboard.sexting.caseservice;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.schoolboard.sexting.testsupport.ArchitectureRules;

/**
 * The rules every service keeps, applied to case-service. Written against packages, not classes, so that the case's
 * own packages may be reorganised inside without touching this test.
 */
@AnalyzeClasses(packages = "nl.schoolboard.sexting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SERVICE = "nl.schoolboard.sexting.caseservice";

    @ArchTest
    static final ArchRule the_rules_every_service_keeps = ArchitectureRules.theRulesEveryServiceKeeps(SERVICE);

    /** Commands, events and the case's vocabulary: the domain, which speaks neither HTTP nor Kafka nor MongoDB. */
    @ArchTest
    static final ArchRule the_domain_is_free_of_web_kafka_and_mongo = ArchitectureRules.domainIsFreeOfInfrastructure(
            "..caseservice.incident.command..", "..caseservice.incident.event..", "..caseservice.incident.model..");
}
