package nl.schoolboard.sexting.notification.recipients;

import java.util.Objects;

/**
 * Someone to tell, in a role. {@code address} is where the channel reaches them: an e-mail address for e-mail (later,
 * for an in-app inbox, a user id). It stays inside this service.
 */
public record Recipient(RecipientKind kind, String address) {

    public Recipient {
        Objects.requireNonNull(kind, "recipient kind");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("a recipient needs an address");
        }
    }
}
