package nl.schoolboard.sexting.notification.recipients;

import java.util.Locale;
import java.util.Objects;

/**
 * Someone to tell, in a role. This stays inside this service.
 *
 * @param ref      who they are for the people reading the delivery record: a staff reference, or
 *                 {@code guardians of <pupil ref>}; {@code null} for the configured care-staff address
 * @param address  their e-mail address; {@code null} when the contact directory has none (then an e-mail to them is
 *                 recorded as failed rather than silently left out; the in-app inbox reaches a staff member by
 *                 {@code ref} alone)
 * @param language the language they read
 */
public record Recipient(RecipientKind kind, String ref, String address, Language language) {

    public Recipient {
        Objects.requireNonNull(kind, "recipient kind");
        address = address == null || address.isBlank() ? null : address.strip();
        ref = ref == null || ref.isBlank() ? null : ref;
        if (address == null && ref == null) {
            throw new IllegalArgumentException("a recipient needs an address or a reference");
        }
        language = language == null ? Language.DEFAULT : language;
    }

    /** A configured address without a directory entry behind it, read in Dutch. */
    public Recipient(RecipientKind kind, String address) {
        this(kind, null, address, Language.DEFAULT);
    }

    public static String guardiansOf(String pupilRef) {
        return "guardians of " + pupilRef;
    }

    public boolean hasAddress() {
        return address != null;
    }

    public Locale locale() {
        return language.locale();
    }
}
