package nl.schoolboard.sexting.notification.delivery;

/** A file sent with a mail, such as a letter as PDF; made when the mail is made, never stored. */
public record Attachment(String fileName, String contentType, byte[] content) {

    public static final String PDF = "application/pdf";

    /** Keeps the content out of log lines. */
    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + content.length + " bytes]";
    }
}
