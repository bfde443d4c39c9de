package nl.schoolboard.sexting.caseservice.support;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * Runs a Spring test class of case-service on a database of its own on the in-process MongoDB-wire server, named
 * after the class, so that classes do not see each other's cases and a class's counts are its own. Every class that
 * runs the whole service ({@link RunningCaseService}) has it; a class that starts the service otherwise says it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextCustomizerFactories(DatabaseOfItsOwn.Factory.class)
public @interface DatabaseOfItsOwn {

    /** The database named after the outermost test class, so that nested classes share their class's service. */
    class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> configAttributes) {
            Class<?> outermost = testClass;
            while (outermost.getEnclosingClass() != null) {
                outermost = outermost.getEnclosingClass();
            }
            return new Database(outermost.getSimpleName());
        }
    }

    /** A record, so that two classes on the same database may share a cached application context. */
    record Database(String name) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("database-of-its-own",
                    Map.of("spring.data.mongodb.uri", InMemoryMongo.uri(name))));
        }
    }
}
