package nl.schoolboard.sexting.prevention.planning;

/** A change the activity's status does not allow (completing a cancelled one, scheduling a held one). */
public class InvalidTransition extends RuntimeException {

    private final ActivityId activity;
    private final ActivityStatus status;

    public InvalidTransition(ActivityId activity, ActivityStatus status, String message) {
        super(message);
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
