package nl.schoolboard.sexting.contracts.payload;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A year group as the school names it ({@code "3"}, {@code "havo 4"}): the one label on the contract that is not a
 * code, because schools name their year groups themselves. Short and without punctuation (letters, digits, spaces
 * and dashes, at most 20), the shape the case service accepts, so that no sentence fits.
 */
public record YearGroup(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9 -]{1,20}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public YearGroup {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a year group (letters, digits, spaces and dashes, at most 20): "
                    + value);
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
