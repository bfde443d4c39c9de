package nl.schoolboard.sexting.notification.templates;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text message templates on the classpath, {@code templates/<name>.<language>.txt}, Dutch first: a language
 * without a template of its own falls back to {@code nl}.
 *
 * <p>A template file is the subject on its first line, one empty line, then the body. {@code {{name}}} marks a value
 * to fill in; a template that asks for a value the caller did not give fails to render rather than sending a mail
 * with a hole in it. Templates only ever see the values passed in, so a template cannot leak what its caller does not
 * hand over.
 *
 * <p>Short texts that are filled into templates (the name of a protocol step, a class-discussion decision, how a
 * moment is written) are labels in {@code templates/labels.<language>.properties}, with the same Dutch fallback per
 * label.
 */
@Component
public class MessageTemplates {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    /** Moments in messages are given in the time of the schools. */
    public static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");

    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final Map<String, Properties> labels = new ConcurrentHashMap<>();

    /**
     * The label {@code key} in the language of {@code locale}, else in Dutch; empty when neither has it (the caller
     * decides what to show instead).
     */
    public Optional<String> label(String key, Locale locale) {
        String own = labels(language(locale)).getProperty(key);
        if (own != null) {
            return Optional.of(own);
        }
        return Optional.ofNullable(labels(DUTCH.getLanguage()).getProperty(key));
    }

    /** A moment as a reader of {@code locale} writes it, in school time: "14 maart 2025 om 09:30". */
    public String moment(Instant instant, Locale locale) {
        String pattern = label("moment.pattern", locale)
                .orElseThrow(() -> new IllegalStateException("no label moment.pattern"));
        Locale language = Locale.forLanguageTag(language(locale));
        return DateTimeFormatter.ofPattern(pattern, language).withZone(SCHOOL_TIME).format(instant);
    }

    private static String language(Locale locale) {
        return locale == null || locale.getLanguage().isEmpty() ? DUTCH.getLanguage() : locale.getLanguage();
    }

    private Properties labels(String language) {
        return labels.computeIfAbsent(language, lang -> {
            Properties properties = new Properties();
            Resource resource = new ClassPathResource("templates/labels." + lang + ".properties");
            if (resource.exists()) {
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException("labels for " + lang + " could not be read", e);
                }
            }
            return properties;
        });
    }

    public RenderedTemplate render(String name, Locale locale, Map<String, String> values) {
        String source = source(name, locale);
        String filled = fill(name, source, values);
        int split = filled.indexOf("\n\n");
        if (split < 0) {
            throw new IllegalStateException("template " + name + " has no empty line between subject and body");
        }
        String subject = filled.substring(0, split).strip();
        if (subject.isEmpty() || subject.contains("\n")) {
            throw new IllegalStateException("template " + name + " must start with a one-line subject");
        }
        return new RenderedTemplate(subject, filled.substring(split + 2));
    }

    private String source(String name, Locale locale) {
        String language = language(locale);
        String own = load(name + "." + language + ".txt");
        if (own != null) {
            return own;
        }
        String dutch = load(name + "." + DUTCH.getLanguage() + ".txt");
        if (dutch == null) {
            throw new IllegalStateException("no template " + name + " on the classpath");
        }
        return dutch;
    }

    private String load(String file) {
        String cached = sources.get(file);
        if (cached != null) {
            return cached;
        }
        Resource resource = new ClassPathResource("templates/" + file);
        if (!resource.exists()) {
            return null;
        }
        try {
            String text = resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            sources.put(file, text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("template " + file + " could not be read", e);
        }
    }

    private static String fill(String name, String source, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("template " + name + " needs a value for " + key);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
