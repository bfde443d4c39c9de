package nl.schoolboard.sexting.notification.delivery;

import java.util.Optional;

/**
 * Decides whether an alert goes out now or is merged into a digest for later (see the digest package). Asked once
 * per alert delivery, before its first try.
 */
@FunctionalInterface
public interface AlertBundling {

    /** Alerts always go out on their own. */
    AlertBundling NEVER = (delivery, notice) -> Optional.empty();

    /**
     * @return the id of the digest the alert was added to, or empty when it is to be sent now
     */
    Optional<String> mergeIntoDigest(Delivery delivery, Notice notice);
}
