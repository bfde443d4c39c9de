package nl.schoolboard.sexting.prevention.planning;

import java.util.Map;

/**
 * A change the activity's status does not allow (completing a cancelled one, scheduling a held one): why, as a code of
 * the service's catalogue with its values. The message is for logs.
 */
public class InvalidTransition extends RuntimeException {

    private final ActivityId activity;
    private final ActivityStatus status;
    private final String code;
    private final Map<String, ?> params;

    public InvalidTransition(ActivityId activity, ActivityStatus status, String code, Map<String, ?> params) {
        super(activity.value() + " is " + status + ": " + code);
        this.activity = activity;
        this.status = status;
        this.code = code;
        this.params = Map.copyOf(params);
    }

    public ActivityId activity() {
        return activity;
    }

    public ActivityStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, ?> params() {
        return params;
    }
}
