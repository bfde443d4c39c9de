package nl.schoolboard.sexting.notification.messaging;

import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.notification.delivery.DeliveryFailed;

/** One line on why a record could not be handled: the most telling exception in the chain, with its message. */
final class DeadLetterReason {

    private static final int MAX_LENGTH = 500;

    private DeadLetterReason() {
    }

    static String of(Throwable exception) {
        Throwable telling = null;
        Throwable root = exception;
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (telling == null && (t instanceof MalformedCaseEvent || t instanceof DeliveryFailed)) {
                telling = t;
            }
            root = t;
        }
        Throwable chosen = telling != null ? telling : root;
        String reason = chosen.getClass().getSimpleName() + ": " + chosen.getMessage();
        return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH);
    }
}
