package nl.schoolboard.sexting.prevention.planning;

/** The activity kept changing while a change was being stored; the caller may try again. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(ActivityId id) {
        super("Activity " + id + " was changed by someone else at the same moment. Look at it again and retry.");
    }
}
