package nl.schoolboard.sexting.contracts.payload;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value from a code list (a step, a decision, a role): capitals, digits and underscores, as the enum constants of
 * the case service are written. Words of a person cannot take this shape, which is why every textual field of a
 * payload is a code or a {@link PersonReference} and never a plain {@code String}.
 */
public record Code(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9_]{1,64}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Code {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a code (capitals, digits and underscores, at most 64): " + value);
        }
    }

    public static Code of(Enum<?> constant) {
        return new Code(constant.name());
    }

    /** The code, if {@code value} has the shape of one; for text that was recorded without being checked. */
    public static Optional<Code> ifWellFormed(String value) {
        return isWellFormed(value) ? Optional.of(new Code(value)) : Optional.empty();
    }

    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The bare code: also its form as a JSON object key. */
    @Override
    public String toString() {
        return value;
    }
}
