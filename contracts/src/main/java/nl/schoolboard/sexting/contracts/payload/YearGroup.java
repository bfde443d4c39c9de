package nl.schoolboard.sexting.contracts.payload;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A year group as the school names it ({@code "3"}, {@code "havo 4"}): the one label on the contract that is not a
 * code, because schools name their year groups themselves. Short and without punctuation (letters, digits, spaces
 * and dashes, at most 20), the shape the case service accepts, so that no sentence fits.
 */
public record YearGroup(String value) implements ContractText {

    private static final TextShape SHAPE = new TextShape("[A-Za-z0-9 -]{1,20}",
            "a year group (letters, digits, spaces and dashes, at most 20)");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public YearGroup {
        SHAPE.require(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
