package nl.schoolboard.sexting.notification.email;

import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.ChannelSender;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.delivery.SendFailed;
import org.springframework.mail.MailException;
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
}
