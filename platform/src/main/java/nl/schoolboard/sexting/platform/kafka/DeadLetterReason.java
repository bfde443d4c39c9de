package nl.schoolboard.sexting.platform.kafka;

import java.util.List;

/**
 * One line on why a record could not be handled, for the log and the {@value #HEADER} header of its dead letter:
 * the first exception in the cause chain that says it in the service's own words (a record that breaks the
 * contract, a delivery that failed), else the innermost cause; its simple class name and message, at most
 * {@value #MAX_LENGTH} characters.
 *
 * @param telling the exceptions whose message is the reason whenever one is in the chain, however deep
 */
public record DeadLetterReason(List<Class<? extends Throwable>> telling) {

    /** Header on a dead letter saying in one line why it could not be handled (next to spring-kafka's own). */
    public static final String HEADER = "dead-letter-reason";

    static final int MAX_LENGTH = 500;

    public DeadLetterReason {
        telling = List.copyOf(telling);
    }

    @SafeVarargs
    public static DeadLetterReason tellingFirst(Class<? extends Throwable>... telling) {
        return new DeadLetterReason(List.of(telling));
    }

    public String of(Throwable exception) {
        Throwable chosen = null;
        Throwable root = exception;
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (chosen == null && isTelling(t)) {
                chosen = t;
            }
            root = t;
        }
        if (chosen == null) {
            chosen = root;
        }
        String reason = chosen.getClass().getSimpleName() + ": " + chosen.getMessage();
        return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH);
    }

    private boolean isTelling(Throwable exception) {
        return telling.stream().anyMatch(type -> type.isInstance(exception));
    }
}
