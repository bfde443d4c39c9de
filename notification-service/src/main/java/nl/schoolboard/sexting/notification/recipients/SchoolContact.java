package nl.schoolboard.sexting.notification.recipients;

/**
 * How parents reach a school: what a letter and a parent mail show, and where a parent's reply goes. Kept per school in
 * the directory; never a shared no-reply address.
 *
 * @param schoolName the school's name as parents know it
 * @param replyTo    the school's own mailbox, where a parent's reply goes (the mail's Reply-To)
 * @param phone      the number parents call; may be null
 * @param address    the visiting address, for a conversation at school; may be null
 */
public record SchoolContact(String schoolName, String replyTo, String phone, String address) {
}
