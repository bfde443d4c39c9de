package nl.schoolboard.sexting.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "nl.schoolboard.sexting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule other_services_are_known_only_through_contracts = noClasses()
            .that().resideInAPackage("nl.schoolboard.sexting.notification..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..caseservice..", "..prevention..", "..gateway..", "..localstack..", "..systemtests..");

    @ArchTest
    static final ArchRule of_our_own_code_only_this_service_and_contracts_are_used = noClasses()
            .that().resideInAPackage("nl.schoolboard.sexting.notification..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "belong to another part of the project than notification or contracts",
                    javaClass -> javaClass.getPackageName().startsWith("nl.schoolboard.sexting.")
                            && !javaClass.getPackageName().startsWith("nl.schoolboard.sexting.notification")
                            && !javaClass.getPackageName().startsWith("nl.schoolboard.sexting.contracts")));

    @ArchTest
    static final ArchRule deciding_and_delivering_know_nothing_of_kafka_or_http = noClasses()
            .that().resideInAnyPackage("..notification.delivery..", "..notification.rules..",
                    "..notification.recipients..", "..notification.templates..", "..notification.digest..",
                    "..notification.directory..", "..notification.inbox..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "jakarta.servlet..", "jakarta.mail..", "org.springframework.mail..");

    @ArchTest
    static final ArchRule only_the_email_feature_talks_smtp = noClasses()
            .that().resideOutsideOfPackage("..notification.email..")
            .and().resideInAPackage("nl.schoolboard.sexting.notification..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.mail..", "jakarta.mail..");

    @ArchTest
    static final ArchRule only_the_directory_touches_the_stored_contact_data = noClasses()
            .that().resideOutsideOfPackage("..notification.directory..")
            .and().resideInAPackage("nl.schoolboard.sexting.notification..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are the directory's store or its documents",
                    javaClass -> javaClass.getPackageName().endsWith(".notification.directory")
                            && (javaClass.getSimpleName().endsWith("Document")
                            || javaClass.getSimpleName().equals("DirectoryStore"))));

    @ArchTest
    static final ArchRule rules_read_the_directory_through_its_interface_only = noClasses()
            .that().resideInAPackage("..notification.rules..")
            .should().dependOnClassesThat().resideInAPackage("..notification.directory..");

    @ArchTest
    static final ArchRule who_calls_is_read_from_the_token_in_one_place_only = noClasses()
            .that().resideOutsideOfPackage("..notification.actor..")
            .and().resideInAPackage("nl.schoolboard.sexting.notification..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security..");

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_circles = slices()
            .matching("nl.schoolboard.sexting.notification.(*)..")
            .should().beFreeOfCycles();
}
