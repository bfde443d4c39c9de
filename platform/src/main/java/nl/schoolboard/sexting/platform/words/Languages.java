package nl.schoolboard.sexting.platform.words;

import java.util.List;
import java.util.Locale;

/**
 * The languages the system speaks: Dutch, which every Dutch school reads and which is the answer when a caller asks
 * for nothing or for a language we do not have, and English. The choice follows the caller's {@code Accept-Language}.
 */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = DUTCH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private Languages() {
    }

    /** The supported language the header prefers most ({@code nl-NL,nl;q=0.9,en;q=0.8} is Dutch); Dutch otherwise. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match != null ? match : DEFAULT;
        } catch (IllegalArgumentException unreadable) {
            return DEFAULT;
        }
    }
}
