package nl.schoolboard.sexting.notification.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import nl.schoolboard.sexting.notification.delivery.FailureReason;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a failed send into a {@link FailureReason} from the SMTP reply code and the exception's class, never from
 * the server's text (which may quote the address it refused or a line of the message).
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static FailureReason reasonFor(MailException failure) {
        if (failure instanceof MailAuthenticationException) {
            return FailureReason.AUTHENTICATION_FAILED;
        }
        FailureReason found = null;
        for (Throwable t : everyCause(failure)) {
            FailureReason reason = reasonOf(t);
            if (reason != null && (found == null || found == FailureReason.UNKNOWN)) {
                found = reason;
            }
        }
        return found != null ? found : FailureReason.UNKNOWN;
    }

    private static FailureReason reasonOf(Throwable t) {
        if (t instanceof SMTPAddressFailedException refused) {
            return switch (refused.getReturnCode()) {
                case 450, 452, 550, 552 -> FailureReason.MAILBOX_UNAVAILABLE;
                default -> FailureReason.ADDRESS_REJECTED;
            };
        }
        if (t instanceof SMTPSendFailedException) {
            return FailureReason.MESSAGE_REJECTED;
        }
        if (t instanceof AuthenticationFailedException) {
            return FailureReason.AUTHENTICATION_FAILED;
        }
        if (t instanceof MailConnectException || t instanceof ConnectException || t instanceof UnknownHostException
                || t instanceof SocketTimeoutException) {
            return FailureReason.SERVER_UNREACHABLE;
        }
        return null;
    }

    /** The exception, its causes, the nested exceptions of mail exceptions and the failures per message. */
    private static Set<Throwable> everyCause(Throwable failure) {
        Set<Throwable> seen = new LinkedHashSet<>();
        Deque<Throwable> unvisited = new ArrayDeque<>();
        unvisited.add(failure);
        while (!unvisited.isEmpty()) {
            Throwable t = unvisited.poll();
            if (!seen.add(t)) {
                continue;
            }
            List<Throwable> next = new ArrayList<>();
            next.add(t.getCause());
            if (t instanceof MessagingException messaging) {
                next.add(messaging.getNextException());
            }
            if (t instanceof MailSendException send) {
                next.addAll(send.getFailedMessages().values());
                next.addAll(List.of(send.getMessageExceptions()));
            }
            next.stream().filter(Objects::nonNull).forEach(unvisited::add);
        }
        return seen;
    }
}
