package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.refusal.Violation;
import nl.schoolboard.sexting.caseservice.incident.voice.Wish;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with a command's fields, to refuse it once naming every field. The first problem found for
 * a field is the one reported, so the order of the checks is the order of importance.
 */
public final class FieldCheck {

    static final int MAX_TEXT = 4_000;
    /**
     * Embedded images: data: URIs, and the base64 openings of PNG, JPEG, GIF, WebP, HEIC/MP4 and PDF files. The school
     * must never store or pass on the material: possessing a sexual image of a minor is itself an offence.
     */
    private static final Pattern IMAGE_DATA = Pattern.compile(
            "(?i)data:[a-z]+/[a-z0-9.+-]+;base64|iVBORw0KGgo|/9j/[0-9A-Za-z+/]{4}|R0lGOD[lh]|UklGR[0-9A-Za-z+/]{3}XRUJQ|AAAA[GH]GZ0eXB|JVBERi0");

    private final Instant now;
    private final Map<String, Violation> wrong = new LinkedHashMap<>();

    /** @param now the moment of checking: what happened cannot lie after it */
    public FieldCheck(Instant now) {
        this.now = now;
    }

    public Instant now() {
        return now;
    }

    public FieldCheck required(String field, Object value, RuleCode code) {
        boolean missing = value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
        return check(!missing, field, code);
    }

    /** A free text that must be there: present, and a {@link #text} like any other. */
    public FieldCheck requiredText(String field, String value, RuleCode missing) {
        return required(field, value, missing).text(field, value);
    }

    /** A role that must be named: present, and a {@link #role} code. */
    public FieldCheck requiredRole(String field, String code, RuleCode missing) {
        return required(field, code, missing).role(field, code);
    }

    /**
     * A wish of the victim or the parents beside a decision: given, and an answer; "not recorded" stands only in
     * cases decided before the wishes were asked for, so a new decision giving it has left the question out.
     */
    public FieldCheck wish(String field, Wish value, RuleCode missing) {
        return required(field, value, missing).check(value == null || value.isAnAnswer(), field, missing);
    }

    /** A reference to a person: the school's own number for them, never a name. */
    public FieldCheck person(String field, PersonRef ref) {
        return check(ref != null && PersonRef.isNewReference(ref.value()), field, RuleCode.PERSON_REF_MALFORMED);
    }

    /**
     * A role someone had in a conversation or decision: one of the {@link ConversationRole} codes, never words. A name
     * typed here would reach the published events and the audit trail, which are never erased.
     */
    public FieldCheck role(String field, String code) {
        return check(code == null || ConversationRole.chosen(code).isPresent(), field, RuleCode.ROLE_NOT_A_CODE);
    }

    /** A list of roles: each one a {@link ConversationRole} code. */
    public FieldCheck roles(String field, List<String> codes) {
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                role(field + "[" + i + "]", codes.get(i));
            }
        }
        return this;
    }

    /** A free text: never image data, never longer than {@value #MAX_TEXT} characters. */
    public FieldCheck text(String field, String value) {
        if (value != null && containsImageData(value)) {
            return add(field, RuleCode.TEXT_HOLDS_IMAGE_DATA.violation());
        }
        if (value != null && value.length() > MAX_TEXT) {
            return add(field, RuleCode.TEXT_TOO_LONG.with(Map.of("max", MAX_TEXT)));
        }
        return this;
    }

    public FieldCheck occurredAt(Instant occurredAt) {
        check(occurredAt != null, "occurredAt", RuleCode.OCCURRED_AT_MISSING);
        return check(occurredAt == null || !occurredAt.isAfter(now), "occurredAt", RuleCode.OCCURRED_AT_IN_FUTURE);
    }

    public FieldCheck check(boolean ok, String field, RuleCode code) {
        return ok ? this : add(field, code.violation());
    }

    public FieldCheck add(String field, Violation violation) {
        wrong.putIfAbsent(field, violation);
        return this;
    }

    public boolean isEmpty() {
        return wrong.isEmpty();
    }

    public void throwIfAny() {
        if (!wrong.isEmpty()) {
            throw new InvalidCommand(wrong);
        }
    }

    static boolean containsImageData(String value) {
        return value != null && IMAGE_DATA.matcher(value).find();
    }
}
