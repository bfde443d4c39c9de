package nl.schoolboard.sexting.notification.inbox;

/** No such item in this staff member's inbox. */
public class InboxItemNotFound extends RuntimeException {

    public InboxItemNotFound() {
        super("There is no such message in this inbox.");
    }
}
