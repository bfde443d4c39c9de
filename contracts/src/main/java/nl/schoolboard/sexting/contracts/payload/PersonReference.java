package nl.schoolboard.sexting.contracts.payload;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A person by a school-internal reference (pupil number, staff number), never a name: letters, digits and dashes,
 * at most 40, the same shape the case service accepts. A consumer that needs to address the person looks the
 * reference up in its own directory.
 */
public record PersonReference(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9-]{1,40}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PersonReference {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a person reference (letters, digits and dashes, at most 40): "
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
