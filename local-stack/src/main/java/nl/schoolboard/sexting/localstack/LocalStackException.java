package nl.schoolboard.sexting.localstack;

/** The local stack could not start (or a part of it died); the message says what and what to do about it. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
