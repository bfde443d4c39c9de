package nl.schoolboard.sexting.platform.identity;

/** The caller is who they say, but their role does not allow this (403). */
public class NotAllowedForRole extends RuntimeException {

    public NotAllowedForRole(String message) {
        super(message);
    }
}
