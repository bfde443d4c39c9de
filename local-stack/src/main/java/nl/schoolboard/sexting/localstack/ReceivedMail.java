package nl.schoolboard.sexting.localstack;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A mail the SMTP sink received, as read back from its {@code .eml} file in {@code <data>/mail}.
 *
 * @param from    the From addresses, as written
 * @param to      the To and Cc addresses
 * @param subject the subject (decoded)
 * @param body    the text of the mail: the text/plain part when there is one, else the text/html part
 * @param date    the Date header, else when it was stored
 * @param file    the {@code .eml} file
 */
public record ReceivedMail(String from, List<String> to, String subject, String body, Instant date, Path file) {
}
