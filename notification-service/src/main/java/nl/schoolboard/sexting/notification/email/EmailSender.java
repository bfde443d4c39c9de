package nl.schoolboard.sexting.notification.email;

import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.ChannelSender;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.delivery.SendFailed;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.schoolboard.sexting.notification.delivery.Attachment;
import nl.schoolboard.sexting.notification.delivery.FailureReason;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail over SMTP ({@code spring.mail.*}). A refusal is reported as a {@link
 * nl.schoolboard.sexting.notification.delivery.FailureReason} only (see {@link SmtpFailures}).
 */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mailSender;
    private final String from;

    EmailSender(JavaMailSender mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.from = properties.senderAddress();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery, Notice notice) {
        Message message = notice.message();
        if (message.replyTo() != null || !message.attachments().isEmpty()) {
            sendMime(notice, message);
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(notice.recipient().address());
        mail.setSubject(message.subject());
        mail.setText(message.body());
        try {
            mailSender.send(mail);
        } catch (MailException e) {
            // the server's reply may quote the address or the message: only its code goes on
            throw new SendFailed(SmtpFailures.reasonFor(e));
        }
    }

    /** A mail with a reply address and letters: multipart, the text first, each letter as an attachment. */
    private void sendMime(Notice notice, Message message) {
        try {
            MimeMessage mail = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, !message.attachments().isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(notice.recipient().address());
            if (message.replyTo() != null) {
                helper.setReplyTo(message.replyTo());
            }
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            for (Attachment attachment : message.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            mailSender.send(mail);
        } catch (MailException e) {
            throw new SendFailed(SmtpFailures.reasonFor(e));
        } catch (MessagingException e) {
            // an address the mail library cannot even parse: no server will take it either
            throw new SendFailed(FailureReason.ADDRESS_REJECTED);
        }
    }
}
