package nl.schoolboard.sexting.notification.directory;

/** Nobody is listed under that reference at that school (or the school is not one of the caller's board). */
public class NotInDirectory extends RuntimeException {

    public NotInDirectory(String message) {
        super(message);
    }
}
