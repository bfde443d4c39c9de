package nl.schoolboard.sexting.contracts.payload;

import java.util.regex.Pattern;

/**
 * The one shape a textual value of the contract may have, checked when the value is made, so that nothing else (a
 * name, a sentence) can pass as one.
 */
final class TextShape {

    private final Pattern pattern;
    private final String description;

    /** {@code description} completes "not …", e.g. "a code (capitals, digits and underscores, at most 64)". */
    TextShape(String regex, String description) {
        this.pattern = Pattern.compile(regex);
        this.description = description;
    }

    boolean fits(String value) {
        return value != null && pattern.matcher(value).matches();
    }

    void require(String value) {
        if (!fits(value)) {
            throw new IllegalArgumentException("not " + description + ": " + value);
        }
    }
}
