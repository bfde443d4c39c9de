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
    static final ArchRule knows_the_rest_of_the_system_only_through_contracts_and_platform =
            ArchitectureRules.knowsOtherPartsOnlyThroughContractsAndPlatform(SERVICE);

    @ArchTest
    static final ArchRule no_web_types_below_web = ArchitectureRules.noWebTypesBelowWeb(SERVICE);

    @ArchTest
    static final ArchRule who_calls_is_read_from_the_token_by_platform_only =
            ArchitectureRules.readsTheCallerOnlyThroughPlatform(SERVICE);

    /** Deny by default: an endpoint without an access rule would be refused for everybody (platform's AccessGuard). */
    @ArchTest
    static final ArchRule every_endpoint_names_its_access_rule = ArchitectureRules.everyEndpointNamesItsAccessRule(SERVICE);

    /** Commands, events and the case's vocabulary: the domain, which speaks neither HTTP nor Kafka nor MongoDB. */
    @ArchTest
    static final ArchRule the_domain_is_free_of_web_kafka_and_mongo = ArchitectureRules.domainIsFreeOfInfrastructure(
            "..caseservice.incident.command..", "..caseservice.incident.event..", "..caseservice.incident.model..");
}
