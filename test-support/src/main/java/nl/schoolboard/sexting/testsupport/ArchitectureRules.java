package nl.schoolboard.sexting.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import nl.schoolboard.sexting.platform.security.access.NamesAccessRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every service keeps, written once; each service's {@code ArchitectureTest} applies them to its own base
 * package (for example {@code nl.schoolboard.sexting.notification}) next to its own rules.
 */
public final class ArchitectureRules {

    private static final String PROJECT = "nl.schoolboard.sexting.";
    private static final String[] SHARED = {PROJECT + "contracts", PROJECT + "platform"};

    private ArchitectureRules() {
    }

    /**
     * What every service keeps at its edges, as one rule: it knows the rest of the system only through contracts and
     * platform, has no web types below its web layer, learns who calls only through platform, and names the access
     * rule of every endpoint (deny by default: platform's access guard refuses an endpoint without one for everybody).
     * A failure still names the part that was broken.
     */
    public static ArchRule theRulesEveryServiceKeeps(String service) {
        return CompositeArchRule.of(knowsOtherPartsOnlyThroughContractsAndPlatform(service))
                .and(noWebTypesBelowWeb(service))
                .and(readsTheCallerOnlyThroughPlatform(service))
                .and(everyEndpointNamesItsAccessRule(service));
    }

    /** A service knows the rest of the system only through the published contracts and the shared platform. */
    public static ArchRule knowsOtherPartsOnlyThroughContractsAndPlatform(String service) {
        return noClasses().that().resideInAPackage(service + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "belong to another part of the project than " + service + ", contracts or platform",
                        (JavaClass type) -> type.getPackageName().startsWith(PROJECT)
                                && !within(type, service) && !within(type, SHARED)))
                .because("services are deployed apart and share only the published language and the platform");
    }

    /** Nothing outside a web package leans on one: controllers, requests and web exceptions stay at the edge. */
    public static ArchRule noWebTypesBelowWeb(String service) {
        return noClasses().that().resideInAPackage(service + "..").and().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage(service + "..web..")
                .because("the layers below the web answer in their own words; the web layer translates");
    }

    /** The domain speaks neither HTTP nor Kafka nor MongoDB. */
    public static ArchRule domainIsFreeOfInfrastructure(String... domainPackages) {
        return noClasses().that().resideInAnyPackage(domainPackages)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..", "org.apache.kafka..",
                        "org.springframework.kafka..", "com.mongodb..", "org.bson..", "org.springframework.data.mongodb..")
                .because("the domain's rules must read and test without any of them");
    }

    /** Who calls is read from the token by platform only; a service never parses claims itself. */
    public static ArchRule readsTheCallerOnlyThroughPlatform(String service) {
        return noClasses().that().resideInAPackage(service + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security.oauth2.jwt..",
                        "org.springframework.security.core.context..")
                .because("one strict claim parser (platform's RequestActorResolver) decides who a caller is");
    }

    /**
     * Every endpoint names its access rule, with the service's annotation marked {@link NamesAccessRule}: platform's
     * {@code AccessGuard} decides by it before a body is read, and refuses an endpoint without one for everybody
     * (deny by default), so an endpoint nobody thought about is found here rather than by its users.
     */
    public static ArchRule everyEndpointNamesItsAccessRule(String service) {
        return methods().that().areMetaAnnotatedWith(RequestMapping.class)
                .and().areDeclaredInClassesThat().resideInAPackage(service + "..")
                .should().beMetaAnnotatedWith(NamesAccessRule.class)
                .because("access is decided per endpoint, by its named rule, before the request body is read");
    }

    /** The features of a service do not depend on each other in circles. */
    public static ArchRule featuresAreFreeOfCycles(String service) {
        return slices().matching(service + ".(*)..").should().beFreeOfCycles();
    }

    private static boolean within(JavaClass type, String... packages) {
        for (String p : packages) {
            if (type.getPackageName().equals(p) || type.getPackageName().startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }
}
