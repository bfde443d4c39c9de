package nl.schoolboard.sexting.contracts.payload;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Optional;

/**
 * A value from a code list (a step, a decision, a role): capitals, digits and underscores, as the enum constants of
 * the case service are written. Words of a person cannot take this shape, which is why every textual field of a
 * payload is a code or a {@link PersonReference} and never a plain {@code String}.
 */
public record Code(String value) implements ContractText {

    private static final TextShape SHAPE = new TextShape("[A-Z0-9_]{1,64}",
            "a code (capitals, digits and underscores, at most 64)");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Code {
        SHAPE.require(value);
    }

    public static Code of(Enum<?> constant) {
        return new Code(constant.name());
    }

    /** The code, if {@code value} has the shape of one; for text that was recorded without being checked. */
    public static Optional<Code> ifWellFormed(String value) {
        return isWellFormed(value) ? Optional.of(new Code(value)) : Optional.empty();
    }

    public static boolean isWellFormed(String value) {
        return SHAPE.fits(value);
    }

    /** The bare code: also its form as a JSON object key. */
    @Override
    public String toString() {
        return value;
    }
}
