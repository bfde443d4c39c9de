package nl.schoolboard.sexting.notification.recipients;

import java.util.Locale;
import java.util.Optional;

/** The language someone reads their messages in. Dutch unless they prefer English. */
public enum Language {
    NL,
    EN;

    public static final Language DEFAULT = NL;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** {@code nl} or {@code en}, as in the API and the CSV files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code nl} / {@code en} in any case; blank gives the default; anything else is empty. */
    public static Optional<Language> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(DEFAULT);
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
