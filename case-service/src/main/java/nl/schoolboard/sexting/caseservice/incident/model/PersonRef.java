package nl.schoolboard.sexting.caseservice.incident.model;

import java.util.regex.Pattern;

/**
 * A person in a case by a school-internal reference (pupil number, staff number, user id), never a name.
 *
 * <p>A reference is a number with an optional short prefix: at most two short words of letters and dashes, then
 * the number ({@code P-1002}, {@code S-201}, {@code STAFF-77}, {@code P-A1}, {@code care-worker-7}). A name has no
 * number, so {@code Jan-de-Vries} is refused; nor spaces, so {@code MARKER-Jan de Vries} is refused. Stored
 * references are not checked again (events are forever): only what a new command names.</p>
 */
public record PersonRef(String value) {

    private static final Pattern ANY_SHAPE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    /** Up to three words of at most 8 letters, then a number, possibly led by one letter or followed by letters. */
    private static final Pattern SHAPE = Pattern.compile(
            "(?:[A-Za-z]{1,8}-){0,2}[A-Za-z]{0,8}-?[A-Za-z]?[0-9]{1,16}[A-Za-z]{0,2}");

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
