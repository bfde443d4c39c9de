package nl.schoolboard.sexting.caseservice.incident.model;

/**
 * Words someone wrote about a person in a case (concerns, notes, reasons, an evaluation). Stored encrypted with a
 * key of its own subject ({@code keyId}: the case and the person, or the case itself for texts about the case as a
 * whole), so that destroying that key erases the text everywhere, in the event store too, while replays still work:
 * an erased text reads back with {@code text} null.
 *
 * @param keyId the subject whose key encrypts the text: {@code <caseId>/<personRef>} or {@code <caseId>/case}
 * @param text  the words; null once the subject's key is destroyed
 */
public record PersonalText(String keyId, String text) {

    /** How an erased text is shown. */
    public static final String ERASED = "[erased]";

    /** The text about one person of a case; null when nothing was written. */
    public static PersonalText about(CaseId caseId, PersonRef person, String text) {
        return text == null ? null : new PersonalText(keyOf(caseId, person), text);
    }

    /** A text about the case as a whole (an evaluation, a reason for a decision); null when nothing was written. */
    public static PersonalText aboutCase(CaseId caseId, String text) {
        return text == null ? null : new PersonalText(caseKey(caseId), text);
    }

    public static String keyOf(CaseId caseId, PersonRef person) {
        return caseId.value() + "/" + person.value();
    }

    public static String caseKey(CaseId caseId) {
        return caseId.value() + "/case";
    }

    public boolean erased() {
        return text == null;
    }

    /** The text, or {@link #ERASED} when it was erased. */
    public String shown() {
        return erased() ? ERASED : text;
    }

    /** The shown text of a nullable personal text. */
    public static String shown(PersonalText text) {
        return text == null ? null : text.shown();
    }

    @Override
    public String toString() {
        // never the words themselves in a log line
        return "PersonalText[" + keyId + (erased() ? ", erased]" : "]");
    }
}
