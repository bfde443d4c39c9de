package nl.schoolboard.sexting.caseservice.incident.command;

import java.util.regex.Pattern;

/**
 * A school-internal reference to a pupil (e.g. the number in the pupil administration), never a name. The shape is
 * narrow on purpose: letters, digits and dashes, so that a name or any embedded content cannot pass as a reference.
 */
public record PupilRef(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9-]{1,40}");

    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
