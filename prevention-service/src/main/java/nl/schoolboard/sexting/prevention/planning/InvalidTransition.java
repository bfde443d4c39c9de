package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.problem.CodedException;

import java.util.Map;

/**
 * A change the activity's status does not allow (completing a cancelled one, scheduling a held one): why, as a code of
 * the service's catalogue with its values. The message is for logs.
 */
public class InvalidTransition extends CodedException {

    private final ActivityId activity;
    private final ActivityStatus status;

    public InvalidTransition(ActivityId activity, ActivityStatus status, String code, Map<String, ?> params) {
        super(activity.value() + " is " + status + ": " + code, code, params);
        this.activity = activity;
        this.status = status;
    }

    public ActivityId activity() {
        return activity;
    }

    public ActivityStatus status() {
        return status;
    }
}
