package nl.schoolboard.sexting.prevention.planning;

/** No activity has this id. */
public class UnknownActivity extends RuntimeException {

    private final ActivityId id;

    public UnknownActivity(ActivityId id) {
        super("There is no preventive activity with id " + id + ". It may not have been planned yet.");
        this.id = id;
    }

    public ActivityId id() {
        return id;
    }
}
