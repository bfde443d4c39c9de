package nl.schoolboard.sexting.platform.words;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The words of a service, per language, by code: one entry per code in {@code messages_nl.properties} and
 * {@code messages_en.properties} (the service's own) and {@code platform-messages_*.properties} (what every service
 * says alike). A text names its values as {@code {name}}; a value that is an enum constant is worded by the entry
 * {@code <EnumType>.<CONSTANT>} where there is one (so a protocol step reads as its Dutch name), a {@link Worded} by
 * its own entry, a list item by item.
 */
public class Catalogue {

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    private final MessageSource messages;

    public Catalogue(MessageSource messages) {
        this.messages = messages;
    }

    /** The text for {@code code} in the language, its values filled in; the code itself where there is no text. */
    public String text(String code, Map<String, ?> params, Locale language) {
        String pattern = find(code, language);
        if (pattern == null) {
            log.warn("no {} text for message code {}", language, code);
            return code;
        }
        String text = pattern;
        if (params != null) {
            for (Map.Entry<String, ?> param : params.entrySet()) {
                text = text.replace("{" + param.getKey() + "}", value(param.getValue(), language));
            }
        }
        return text;
    }

    /** The text for the code, or null: for words that are optional, such as the title of a problem type. */
    public String find(String code, Locale language) {
        return messages.getMessage(code, null, null, language);
    }

    /** Of the given codes, those without a text in one of the {@link Languages#SUPPORTED} languages, with it. */
    public List<String> missing(Collection<String> codes) {
        return codes.stream().flatMap(code -> Languages.SUPPORTED.stream()
                        .filter(language -> find(code, language) == null)
                        .map(language -> code + " (" + language + ")"))
                .toList();
    }

    private String value(Object value, Locale language) {
        if (value instanceof Worded worded) {
            String words = find(worded.code(), language);
            return words != null ? words : worded.code();
        }
        if (value instanceof Enum<?> constant) {
            String words = find(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), language);
            return words != null ? words : constant.name();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> value(item, language)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /**
     * The codes the service's own file for {@code language} holds ({@code messages_<language>.properties} on the class
     * path), so that a check can see that every language has the same codes.
     */
    public static Set<String> codesOf(String language) {
        Properties words = new Properties();
        try (InputStream in = Catalogue.class.getResourceAsStream("/messages_" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no messages_" + language + ".properties on the class path");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(words.stringPropertyNames());
    }
}
