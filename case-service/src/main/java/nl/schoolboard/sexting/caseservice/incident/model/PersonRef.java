package nl.schoolboard.sexting.caseservice.incident.model;

import java.util.regex.Pattern;

/**
 * A person in a case by a school-internal reference (pupil number, staff number, user id), never a name.
 *
 * <p>A reference holds a number: letters, digits and single dashes between them, at least one digit
 * ({@code P-1002}, {@code S-201}, {@code STAFF-77}, {@code care-worker-7}). A name has no number, so
 * {@code Jan-de-Vries} is refused; nor spaces, so {@code MARKER-Jan de Vries} is refused. Stored references are not
 * checked again (events are forever): only what a new command names ({@link #isNewReference}).</p>
 */
public record PersonRef(String value) {

    private static final Pattern ANY_SHAPE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern SHAPE = Pattern.compile("(?=[^0-9]*[0-9])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");

    /** Whether a new command may name this reference. */
    public static boolean isNewReference(String value) {
        return isWellFormed(value) && SHAPE.matcher(value).matches();
    }

    /**
     * Whether {@code value} has the shape any stored reference has (letters, digits and dashes, at most 40): for
     * looking up a person who may have been recorded before references needed a number.
     */
    public static boolean isWellFormed(String value) {
        return value != null && ANY_SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
