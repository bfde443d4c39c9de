package nl.schoolboard.sexting.notification.digest;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Locale;

/**
 * The current digest window of one recipient for one case: opened by an alert that went out on its own
 * ({@code firstDeliveryId}); alerts to the same address about the same case before {@code closesAt} are merged.
 * Id {@code <caseId>|<address>}; a later window replaces a closed one.
 */
@Document(AlertWindow.COLLECTION)
public record AlertWindow(
        @Id String id,
        String caseId,
        String recipient,
        Instant opensAt,
        Instant closesAt,
        String firstDeliveryId) {

    public static final String COLLECTION = "alert_windows";

    public static String keyOf(String caseId, String address) {
        return caseId + "|" + address.toLowerCase(Locale.ROOT);
    }

    public boolean isOpenAt(Instant now) {
        return closesAt.isAfter(now);
    }
}
