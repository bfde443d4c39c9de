package nl.schoolboard.sexting.contracts.payload;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A person by a school-internal reference (pupil number, staff number), never a name: letters, digits and dashes,
 * at most 40, the same shape the case service accepts. A consumer that needs to address the person looks the
 * reference up in its own directory.
 */
public record PersonReference(String value) implements ContractText {

    private static final TextShape SHAPE = new TextShape("[A-Za-z0-9-]{1,40}",
            "a person reference (letters, digits and dashes, at most 40)");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PersonReference {
        SHAPE.require(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
