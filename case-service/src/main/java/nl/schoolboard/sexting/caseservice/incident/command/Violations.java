package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects what is wrong with a command's fields, to refuse it once naming every field. */
final class Violations {

    static final int MAX_TEXT = 4_000;
    /**
     * Embedded images: data: URIs, and the base64 openings of PNG, JPEG, GIF, WebP, HEIC/MP4 and PDF files. The school
     * must never store or pass on the material: possessing a sexual image of a minor is itself an offence.
     */
    private static final Pattern IMAGE_DATA = Pattern.compile(
            "(?i)data:[a-z]+/[a-z0-9.+-]+;base64|iVBORw0KGgo|/9j/[0-9A-Za-z+/]{4}|R0lGOD[lh]|UklGR[0-9A-Za-z+/]{3}XRUJQ|AAAA[GH]GZ0eXB|JVBERi0");

    private final Map<String, String> wrong = new LinkedHashMap<>();

    Violations required(String field, Object value, String message) {
        if (value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            wrong.putIfAbsent(field, message);
        }
        return this;
    }

    Violations person(String field, PersonRef ref) {
        if (ref == null || !PersonRef.isWellFormed(ref.value())) {
            wrong.putIfAbsent(field, "Use the school's number for this person (letters, digits and dashes), never a name.");
        }
        return this;
    }

    Violations text(String field, String value) {
        if (value == null) {
            return this;
        }
        if (containsImageData(value)) {
            wrong.putIfAbsent(field, "This text holds image data. The school must never store or pass on images: "
                    + "possessing a sexual image of a minor is itself an offence. Describe, never attach; record only "
                    + "where the evidence is (with the victim or the police).");
        } else if (value.length() > MAX_TEXT) {
            wrong.putIfAbsent(field, "Keep this to " + MAX_TEXT + " characters.");
        }
        return this;
    }

    Violations occurredAt(Instant occurredAt, Clock clock) {
        if (occurredAt == null) {
            wrong.putIfAbsent("occurredAt", "Say when this happened.");
        } else if (occurredAt.isAfter(clock.instant())) {
            wrong.putIfAbsent("occurredAt", "When this happened cannot lie in the future.");
        }
        return this;
    }

    Violations check(boolean ok, String field, String message) {
        if (!ok) {
            wrong.putIfAbsent(field, message);
        }
        return this;
    }

    void throwIfAny() {
        if (!wrong.isEmpty()) {
            throw new InvalidCommand(wrong);
        }
    }

    static boolean containsImageData(String value) {
        return value != null && IMAGE_DATA.matcher(value).find();
    }
}
