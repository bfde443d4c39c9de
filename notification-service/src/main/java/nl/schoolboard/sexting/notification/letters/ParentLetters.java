package nl.schoolboard.sexting.notification.letters;

import nl.schoolboard.sexting.notification.delivery.Attachment;
import nl.schoolboard.sexting.notification.recipients.SchoolContact;
import nl.schoolboard.sexting.platform.document.PdfDocument;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the letters to parents, in the parent's language (Dutch where there is no text in theirs), from
 * {@code letters/parent-letters.<language>.properties}.
 */
@Component
public class ParentLetters {

    /** Moments in letters are given in the time of the schools. */
    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String DUTCH = "nl";

    private final Map<String, Properties> texts = new ConcurrentHashMap<>();

    /** How the letter words a conversation, for a mail that says the same. */
    public Wording wording(Locale locale, Conversation conversation, SchoolContact school) {
        Words words = words(locale);
        String place = words.get("place." + conversation.place());
        if ("AT_SCHOOL".equals(conversation.place()) && school.address() != null) {
            place = place + ", " + school.address();
        }
        return new Wording(words.date(conversation.at()), words.time(conversation.at()), place,
                words.hosts(conversation.hosts()));
    }

    /** A conversation in words: the date, the time, the place and who takes part. */
    public record Wording(String date, String time, String place, String hosts) {
    }

    /** The invitation to a conversation: when, where, with whom, and how to reach the school. */
    public Attachment invitation(Locale locale, String greeting, Conversation conversation, SchoolContact school) {
        Words words = words(locale);
        Wording wording = wording(locale, conversation, school);
        PdfDocument letter = PdfDocument.titled(words.get("invitation.title"))
                .footer(words.get("footer"))
                .paragraph(school.schoolName())
                .space()
                .paragraph((greeting == null ? words.get("greeting.guardian") : greeting) + ",")
                .paragraph(words.get("invitation.intro"))
                .line(words.get("invitation.date"), wording.date())
                .line(words.get("invitation.time"), wording.time())
                .line(words.get("invitation.place"), wording.place())
                .line(words.get("invitation.with"), wording.hosts())
                .space()
                .paragraph(words.get("invitation.reply"));
        closing(letter, words, school);
        return new Attachment(words.get("invitation.file"), Attachment.PDF, letter.render());
    }

    /** The school's decision on a measure for the child; without a known decision, that the school explains it. */
    public Attachment decision(Locale locale, String greeting, SanctionDecision decision, SchoolContact school) {
        Words words = words(locale);
        PdfDocument letter = PdfDocument.titled(words.get("decision.title"))
                .footer(words.get("footer"))
                .paragraph(school.schoolName())
                .space()
                .paragraph((greeting == null ? words.get("greeting.guardian") : greeting) + ",")
                .paragraph(words.get("decision.intro"));
        if (decision == null) {
            letter.paragraph(words.get("decision.unknown"));
        } else {
            letter.line(words.get("decision.measure"), words.get("measure." + decision.kind()));
            if (decision.from() != null) {
                letter.line(words.get("decision.from"), words.date(decision.from()));
            }
            if (decision.until() != null) {
                letter.line(words.get("decision.until"), words.date(decision.until()));
            }
        }
        letter.space().paragraph(words.get("decision.objection"));
        closing(letter, words, school);
        return new Attachment(words.get("decision.file"), Attachment.PDF, letter.render());
    }

    private static void closing(PdfDocument letter, Words words, SchoolContact school) {
        letter.heading(words.get("contact.title"))
              .line(words.get("contact.school"), school.schoolName());
        if (school.replyTo() != null) {
            letter.line(words.get("contact.email"), school.replyTo());
        }
        if (school.phone() != null) {
            letter.line(words.get("contact.phone"), school.phone());
        }
        if (school.address() != null) {
            letter.line(words.get("contact.address"), school.address());
        }
        letter.space().paragraph(words.get("closing") + "\n" + school.schoolName());
    }

    /** A conversation as the published event gives it: a moment, a place code, role codes. */
    public record Conversation(Instant at, String place, List<String> hosts) {
    }

    /** A measure as the school decided it: a code and its period (either end may be open). */
    public record SanctionDecision(String kind, LocalDate from, LocalDate until) {
    }

    private Words words(Locale locale) {
        String language = locale == null || locale.getLanguage().isEmpty() ? DUTCH : locale.getLanguage();
        return new Words(Locale.forLanguageTag(language), texts(language), texts(DUTCH));
    }

    private Properties texts(String language) {
        return texts.computeIfAbsent(language, lang -> {
            Properties properties = new Properties();
            try (InputStream in = ParentLetters.class.getResourceAsStream(
                    "/letters/parent-letters." + lang + ".properties")) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the letters in " + lang + " could not be read", e);
            }
            return properties;
        });
    }

    /** The words of one language, falling back to Dutch, then to the key (so a missing text shows, not fails). */
    private record Words(Locale locale, Properties own, Properties dutch) {

        String get(String key) {
            return own.getProperty(key, dutch.getProperty(key, key));
        }

        String date(Instant moment) {
            return date(moment.atZone(SCHOOL_TIME).toLocalDate());
        }

        String date(LocalDate date) {
            return DateTimeFormatter.ofPattern(get("date.pattern"), locale).format(date);
        }

        String time(Instant moment) {
            return DateTimeFormatter.ofPattern(get("time.pattern"), locale).withZone(SCHOOL_TIME).format(moment);
        }

        /** "de mentor en de zorgcoördinator", "de schoolleider, de mentor en de zorgcoördinator". */
        String hosts(List<String> roles) {
            List<String> named = roles.stream().map(role -> get("host." + role)).toList();
            if (named.size() <= 1) {
                return named.isEmpty() ? "" : named.get(0);
            }
            return String.join(", ", named.subList(0, named.size() - 1)) + " " + get("host.and") + " "
                    + named.get(named.size() - 1);
        }
    }
}
