package nl.schoolboard.sexting.notification.delivery;

/**
 * Why a delivery failed, as a code. This is all the service keeps and tells of a failure (in the delivery log, on
 * the notification events, in dead letters and in its log): a mail server's reply often quotes the address it
 * refused or a line of the message, which may name a guardian, so its words never leave the channel that got them.
 */
public enum FailureReason {

    /** The mail server has no such mailbox, or it is full or disabled (SMTP 450, 452, 550, 552). */
    MAILBOX_UNAVAILABLE,
    /** The mail server refused the recipient's address for another reason (e.g. SMTP 551, 553: not allowed). */
    ADDRESS_REJECTED,
    /** The mail server could not be reached or did not answer in time. */
    SERVER_UNREACHABLE,
    /** The mail server did not accept the service's credentials. */
    AUTHENTICATION_FAILED,
    /** The mail server took the recipients but refused the message itself (e.g. as spam, after DATA). */
    MESSAGE_REJECTED,
    /** The in-app inbox could not be written. */
    INBOX_UNAVAILABLE,
    /** The contact directory has no address for this recipient over this channel: no retry can help. */
    NO_ADDRESS,
    /**
     * Nobody to tell: the school lists no school leader or care coordinator, and its board has no fallback mailbox.
     * Never sent to another board's mailbox instead.
     */
    NO_RECIPIENT,
    /** Anything else; the code is all that is kept. */
    UNKNOWN
}
