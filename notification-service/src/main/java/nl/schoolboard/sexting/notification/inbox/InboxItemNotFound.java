package nl.schoolboard.sexting.notification.inbox;

/** No such item in the caller's inbox, or not the caller's inbox (404). */
public class InboxItemNotFound extends RuntimeException {

    public InboxItemNotFound() {
        this("There is no such message in your inbox.");
    }

    public InboxItemNotFound(String message) {
        super(message);
    }
}
