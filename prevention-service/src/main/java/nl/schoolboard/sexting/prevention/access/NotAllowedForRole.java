package nl.schoolboard.sexting.prevention.access;

/** The caller is who they say, but their role never allows this (403). */
public class NotAllowedForRole extends RuntimeException {

    public NotAllowedForRole(String message) {
        super(message);
    }
}
