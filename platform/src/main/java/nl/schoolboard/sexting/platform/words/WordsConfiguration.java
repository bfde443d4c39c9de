package nl.schoolboard.sexting.platform.words;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The catalogue of words of every service and the gateway: the service's own {@value #SERVICE_WORDS}
 * ({@code messages_nl.properties}, {@code messages_en.properties}) and the platform's {@value #PLATFORM_WORDS}, as the
 * application's {@link MessageSource}, so that Spring words its own problems (405, 415, ...) from the same files.
 * There is no language-less file: a code without a text in the asked language has none, which the services' tests
 * catch.
 */
@AutoConfiguration(before = MessageSourceAutoConfiguration.class)
public class WordsConfiguration {

    public static final String SERVICE_WORDS = "messages";
    public static final String PLATFORM_WORDS = "platform-messages";

    @Bean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    public MessageSource messageSource() {
        return catalogueSource();
    }

    @Bean
    Catalogue catalogue(MessageSource messageSource) {
        return new Catalogue(messageSource);
    }

    @Bean
    ProblemWording problemWording(Catalogue catalogue) {
        return new ProblemWording(catalogue);
    }

    /** The message source as the services use it, also for tests that word without an application context. */
    public static ResourceBundleMessageSource catalogueSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(SERVICE_WORDS, PLATFORM_WORDS);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
