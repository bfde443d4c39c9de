package nl.schoolboard.sexting.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server in this JVM (GreenMail, SMTP only) that keeps what it receives. GreenMail's store is in memory,
 * so every received message is also written to {@code <data>/mail/<time>-<key>.eml}; those files are what
 * {@link #receivedMail()} and the mail page show, so mail survives a restart. A copy delivered to several
 * recipients is stored once (keyed by its Message-ID).
 */
final class MailSink implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final Pattern FILE_NAME = Pattern.compile("(\\d{8}T\\d{6}\\.\\d{3}Z)-([0-9a-f]{16})\\.eml");

    private final Path mailDir;
    private final int port;
    private final Session session = Session.getInstance(new Properties());
    private final Set<String> stored = new HashSet<>();
    private GreenMail greenMail;
    private ScheduledExecutorService archiver;
    private int seen;

    MailSink(Path dataDir, int port) {
        this.mailDir = dataDir.resolve("mail");
        this.port = port;
    }

    void start() {
        LocalStackPorts.requireFree(port, "SMTP", "Is another local stack running? Stop it, or use another SMTP "
                + "server by setting SPRING_MAIL_HOST and SPRING_MAIL_PORT.");
        try {
            Files.createDirectories(mailDir);
            try (Stream<Path> files = Files.list(mailDir)) {
                files.map(file -> FILE_NAME.matcher(file.getFileName().toString()))
                        .filter(Matcher::matches)
                        .forEach(match -> stored.add(match.group(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        greenMail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        archiver = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-archiver");
            thread.setDaemon(true);
            return thread;
        });
        archiver.scheduleWithFixedDelay(this::archiveQuietly, 250, 250, TimeUnit.MILLISECONDS);
    }

    GreenMail greenMail() {
        return greenMail;
    }

    String host() {
        return "localhost";
    }

    int port() {
        return port;
    }

    Path mailDir() {
        return mailDir;
    }

    /** All mail received so far, this run and earlier ones, oldest first. */
    List<ReceivedMail> receivedMail() {
        archive();
        List<ReceivedMail> mail = new ArrayList<>();
        try (Stream<Path> files = Files.list(mailDir)) {
            for (Path file : files.filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Path::getFileName)).toList()) {
                mail.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mail;
    }

    /** Writes messages GreenMail received and that are not on disk yet. */
    synchronized void archive() {
        if (greenMail == null) {
            return;
        }
        int count = greenMail.getManagers().getImapHostManager().getAllMessages().size();
        if (count == seen) {
            return;
        }
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                byte[] raw = raw(message);
                String key = key(message, raw);
                if (stored.add(key)) {
                    Path target = mailDir.resolve(FILE_TIME.format(Instant.now()) + "-" + key + ".eml");
                    Path temporary = mailDir.resolve("." + key + ".tmp");
                    Files.write(temporary, raw);
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException | MessagingException e) {
                throw new LocalStackException("Could not store a received mail in " + mailDir, e);
            }
        }
        seen = count;
    }

    private void archiveQuietly() {
        try {
            archive();
        } catch (RuntimeException e) {
            System.err.println("[local-stack] " + e.getMessage());
        }
    }

    private ReceivedMail read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(session, in);
            List<String> to = new ArrayList<>();
            for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
                Address[] addresses = message.getRecipients(type);
                if (addresses != null) {
                    for (Address address : addresses) {
                        to.add(address.toString());
                    }
                }
            }
            Address[] from = message.getFrom();
            Instant date = message.getSentDate() != null ? message.getSentDate().toInstant()
                    : Files.getLastModifiedTime(file).toInstant();
            return new ReceivedMail(from == null || from.length == 0 ? "" : from[0].toString(), List.copyOf(to),
                    message.getSubject() == null ? "" : message.getSubject(), text(message), date, file);
        } catch (MessagingException e) {
            throw new IOException("Not a readable mail: " + file, e);
        }
    }

    /** The text/plain content of a part, else its text/html content, else "". */
    private static String text(Part part) throws MessagingException, IOException {
        String plain = find(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = find(part, "text/html");
        return html == null ? "" : html;
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static byte[] raw(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    /** 16 hex characters of SHA-256 over the Message-ID, or over the whole message when it has none. */
    private static String key(MimeMessage message, byte[] raw) throws MessagingException {
        String messageId = message.getMessageID();
        byte[] source = messageId == null ? raw : messageId.getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (archiver != null) {
            archiver.shutdownNow();
            try {
                archiver.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (greenMail != null) {
            archive();
            greenMail.stop();
            greenMail = null;
        }
    }
}
