package nl.schoolboard.sexting.notification.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.ChannelSender;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.delivery.SendFailed;
import nl.schoolboard.sexting.notification.delivery.Attachment;
import nl.schoolboard.sexting.notification.delivery.FailureReason;
import nl.schoolboard.sexting.platform.tracing.TraceIds;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Plain-text e-mail over SMTP ({@code spring.mail.*}). A refusal is reported as a {@link
 * nl.schoolboard.sexting.notification.delivery.FailureReason} only (see {@link SmtpFailures}).
 *
 * <p>Every mail carries the trace id of what caused it in {@value #TRACE_HEADER}: for a mail about a report, the
 * trace of that report's HTTP request, continued over the case event on Kafka. A mail that went astray or came late
 * is so traced back to the request, the event and the log lines of every service that handled it.
 */
@Component
class EmailSender implements ChannelSender {

    static final String TRACE_HEADER = "X-Trace-Id";
    /** Mails handed to the SMTP server, tagged {@code outcome=sent} or {@code outcome=failed}. */
    static final String MAILS = "notification.mails";

    /**
     * Jakarta Mail asks {@code ServiceLoader} for its {@code StreamProvider} every time it encodes a header or a body
     * (jakartaee/mail-api#861), and in this service's jar that walks the service files of every library on the
     * class path: a quarter of this service's CPU samples at 20 reports a second. Named as a system property, the
     * provider is loaded by name instead (Jakarta Mail's own first choice). Angus Mail is the implementation this
     * service ships; a provider named by the environment is left as it is.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSender mailSender;
    private final String from;
    private final Counter sent;
    private final Counter failed;

    EmailSender(JavaMailSender mailSender, NotificationProperties properties, MeterRegistry meters) {
        this.mailSender = mailSender;
        this.from = properties.senderAddress();
        this.sent = mails("sent", meters);
        this.failed = mails("failed", meters);
    }

    private static Counter mails(String outcome, MeterRegistry meters) {
        return Counter.builder(MAILS)
                .description("Mails handed to the SMTP server (sent) or refused by it (failed)")
                .tag("outcome", outcome)
                .register(meters);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery, Notice notice) {
        Message message = notice.message();
        String traceId = TraceIds.currentOrNew();
        try {
            mailSender.send(mail -> {
                boolean withLetters = !message.attachments().isEmpty();
                MimeMessageHelper helper = new MimeMessageHelper(mail, withLetters, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(notice.recipient().address());
                if (message.replyTo() != null) {
                    helper.setReplyTo(message.replyTo());
                }
                helper.setSubject(message.subject());
                helper.setText(message.body(), false);
                for (Attachment letter : message.attachments()) {
                    helper.addAttachment(letter.fileName(), new ByteArrayResource(letter.content()),
                            letter.contentType());
                }
                mail.setHeader(TRACE_HEADER, traceId);
            });
            sent.increment();
        } catch (MailParseException | MailPreparationException e) {
            // an address the mail library cannot even parse: no server will take it either
            failed.increment();
            throw new SendFailed(FailureReason.ADDRESS_REJECTED);
        } catch (MailException e) {
            failed.increment();
            // the server's reply may quote the address or the message: only its code goes on
            throw new SendFailed(SmtpFailures.reasonFor(e));
        }
    }
}
