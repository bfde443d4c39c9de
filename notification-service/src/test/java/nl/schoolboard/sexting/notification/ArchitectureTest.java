package nl.schoolboard.sexting.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import nl.schoolboard.sexting.testsupport.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packagesOf = NotificationServiceApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // the rules every service keeps

    @ArchTest
    static final ArchTests the_rules_every_service_keeps = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_circles =
            ArchitectureRules.featuresAreFreeOfCycles("nl.schoolboard.sexting.notification");

    // this service's own rules

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
}
