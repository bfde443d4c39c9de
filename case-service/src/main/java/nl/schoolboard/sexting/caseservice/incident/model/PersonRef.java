package nl.schoolboard.sexting.caseservice.incident.model;

import java.util.regex.Pattern;

/**
 * A person in a case by a school-internal reference (pupil number, staff number), never a name. Narrow on purpose:
 * letters, digits and dashes, so that a name or embedded content cannot pass as a reference.
 */
public record PersonRef(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9-]{1,40}");

    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
