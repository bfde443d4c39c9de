package nl.schoolboard.sexting.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import nl.schoolboard.sexting.platform.security.access.NamesAccessRule;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;

import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every service keeps, written once. A service's {@code ArchitectureTest} analyses its own classes and
 * takes these in whole, next to its own rules:
 *
 * <pre>{@code
 * @AnalyzeClasses(packagesOf = CaseServiceApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests the_rules_every_service_keeps = ArchTests.in(ArchitectureRules.class);
 * }
 * }</pre>
 *
 * A service is the part of the project below {@value #PROJECT} that is not shared ({@code contracts},
 * {@code platform}, {@code testsupport}): {@code nl.schoolboard.sexting.notification} and what lies below it are
 * notification-service. The rules look at the classes of services only, so they read the same in every service.
 */
public final class ArchitectureRules {

    private static final String PROJECT = "nl.schoolboard.sexting.";
    private static final String[] SHARED = {"contracts", "platform", "testsupport"};

    private static final DescribedPredicate<JavaClass> OF_A_SERVICE =
            DescribedPredicate.describe("belong to a service", type -> serviceOf(type) != null);

    private ArchitectureRules() {
    }

    /** A service knows the rest of the system only through the published contracts and the shared platform. */
    @ArchTest
    public static final ArchRule knows_other_parts_only_through_contracts_and_platform = classes().that(OF_A_SERVICE)
            .should(onlyHaveDependenciesWhere(DescribedPredicate.describe(
                    "the target is outside the project, in contracts or platform, or in the origin's own service",
                    ArchitectureRules::staysWithinItsServiceOrTheShared)))
            .because("services are deployed apart and share only the published language and the platform");

    /** Nothing outside a web package leans on one: controllers, requests and web exceptions stay at the edge. */
    @ArchTest
    public static final ArchRule no_web_types_below_web = noClasses().that(OF_A_SERVICE)
            .and().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat(OF_A_SERVICE.and(DescribedPredicate.describe("reside in a web package",
                    (JavaClass type) -> (type.getPackageName() + ".").contains(".web."))))
            .because("the layers below the web answer in their own words; the web layer translates");

    /** Who calls is read from the token by platform only; a service never parses claims itself. */
    @ArchTest
    public static final ArchRule reads_the_caller_only_through_platform = noClasses().that(OF_A_SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security.oauth2.jwt..",
                    "org.springframework.security.core.context..")
            .because("one strict claim parser (platform's RequestActorResolver) decides who a caller is");

    /**
     * Every endpoint names its access rule, with the service's annotation marked {@link NamesAccessRule}: platform's
     * {@code AccessGuard} decides by it before a body is read, and refuses an endpoint without one for everybody
     * (deny by default), so an endpoint nobody thought about is found here rather than by its users.
     */
    @ArchTest
    public static final ArchRule every_endpoint_names_its_access_rule = methods()
            .that().areMetaAnnotatedWith(RequestMapping.class)
            .and().areDeclaredInClassesThat(OF_A_SERVICE)
            .should().beMetaAnnotatedWith(NamesAccessRule.class)
            .because("access is decided per endpoint, by its named rule, before the request body is read");

    /**
     * Annotations for which Spring wraps a bean in a proxy that subclasses it. Named, not imported: not every service
     * has each of them on its classpath.
     */
    private static final List<String> PROXIED_BY = List.of(
            "org.springframework.context.annotation.Configuration",
            "org.springframework.stereotype.Repository",
            "org.springframework.validation.annotation.Validated",
            "org.springframework.transaction.annotation.Transactional",
            "org.springframework.scheduling.annotation.Async",
            "org.springframework.cache.annotation.Cacheable",
            "net.javacrumbs.shedlock.spring.annotation.SchedulerLock");

    /**
     * Settings bound from configuration are validated by the binder, and Spring Boot leaves them out of method
     * validation, so their {@code @Validated} makes no proxy.
     */
    private static final String CONFIGURATION_PROPERTIES =
            "org.springframework.boot.context.properties.ConfigurationProperties";

    /**
     * A component may be a record when its only state is its collaborators, but never one that Spring proxies: a
     * record is final, so the proxy cannot be made and the service does not start. The tests would not show it for
     * ShedLock's {@code @SchedulerLock}, because they run with the scheduled jobs switched off.
     */
    @ArchTest
    public static final ArchRule records_are_never_proxied = classes().that(OF_A_SERVICE)
            .and(DescribedPredicate.describe("are records", JavaClass::isRecord))
            .should(new ArchCondition<>("carry no annotation for which Spring makes a proxy") {
                @Override
                public void check(JavaClass record, ConditionEvents events) {
                    if (!record.isAnnotatedWith(CONFIGURATION_PROPERTIES)) {
                        proxyingAnnotationOn(record, "record " + record.getName(), events);
                    }
                    record.getMethods().forEach(method ->
                            proxyingAnnotationOn(method, method.getFullName() + " of a record", events));
                }
            })
            .because("a proxy subclasses the bean, and a record cannot be subclassed");

    /** The domain speaks neither HTTP nor Kafka nor MongoDB. */
    public static ArchRule domainIsFreeOfInfrastructure(String... domainPackages) {
        return noClasses().that().resideInAnyPackage(domainPackages)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..", "org.apache.kafka..",
                        "org.springframework.kafka..", "com.mongodb..", "org.bson..", "org.springframework.data.mongodb..")
                .because("the domain's rules must read and test without any of them");
    }

    /** The features of a service do not depend on each other in circles. */
    public static ArchRule featuresAreFreeOfCycles(String service) {
        return slices().matching(service + ".(*)..").should().beFreeOfCycles();
    }

    private static boolean staysWithinItsServiceOrTheShared(Dependency dependency) {
        JavaClass target = dependency.getTargetClass();
        if (!target.getPackageName().startsWith(PROJECT)) {
            return true;
        }
        String targetService = serviceOf(target);
        return targetService == null ? !target.getPackageName().startsWith(PROJECT + "testsupport")
                : targetService.equals(serviceOf(dependency.getOriginClass()));
    }

    /** The service a class belongs to ({@code notification}), or {@code null} for a shared or outside class. */
    private static String serviceOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(PROJECT)) {
            return null;
        }
        String part = name.substring(PROJECT.length()).split("\\.", 2)[0];
        for (String shared : SHARED) {
            if (shared.equals(part)) {
                return null;
            }
        }
        return part;
    }

    private static void proxyingAnnotationOn(CanBeAnnotated element, String what, ConditionEvents events) {
        PROXIED_BY.stream()
                .filter(annotation -> element.isAnnotatedWith(annotation) || element.isMetaAnnotatedWith(annotation))
                .forEach(annotation -> events.add(SimpleConditionEvent.violated(element,
                        what + " is annotated @" + annotation.substring(annotation.lastIndexOf('.') + 1))));
    }
}
