package nl.schoolboard.sexting.notification.web;

import nl.schoolboard.sexting.testsupport.CatalogueCoverage;

import java.util.List;

/** Every code the notification service answers with has a Dutch and an English text. */
class NotificationWordsTest extends CatalogueCoverage {

    /** The codes of the service's problems, of its constraints' templates ({@code {code}}) and of an import's rows. */
    static final List<String> CODES = List.of("invalid-fields", "import-rejected", "team-member-not-listed",
            "guardians-not-listed", "school-not-in-reach", "inbox-item-unknown", "concurrent-import",
            "no-deliveries-to-show", "read-not-recorded", "erasure-not-recorded", "person-ref-malformed",
            "board-id-malformed", "school-id-malformed", "guardian-listed-twice", "name-too-long",
            "name-has-forbidden-characters", "guardian-email-missing", "staff-email-missing", "language-unknown",
            "roles-missing", "role-unknown", "guardians-missing", "too-many-guardians", "empty-entry",
            "email-malformed", "email-too-long", "staff-ref-already-in-row", "guardian-already-in-row",
            "too-many-guardians-in-file", "row-value-missing", "csv-text-after-quote", "csv-quote-not-closed",
            "file-empty", "column-unknown", "column-twice", "column-missing", "file-lists-nobody", "file-too-long",
            "row-too-wide");
    static final List<String> TYPES = List.of("invalid-fields", "import-rejected", "not-in-directory",
            "concurrent-import", "inbox-item-not-found", "case-not-found", "read-not-recorded", "erasure-not-recorded");

    NotificationWordsTest() {
        super(CODES, TYPES);
    }
}
