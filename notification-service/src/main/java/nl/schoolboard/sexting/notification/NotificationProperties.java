package nl.schoolboard.sexting.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Map;

/**
 * Settings under {@code notification.*}; defaults are in {@code application.yml}.
 *
 * @param fallbackMailbox  where a new incident is mailed when the school has listed no school leader or care
 *                         coordinator in the contact directory: per board
 * @param senderAddress    the From address of every mail
 * @param caseLinkBase     the web address a case id is appended to, e.g. {@code http://localhost:8080/cases/}
 * @param retry            how often and how patiently a failed delivery is tried again before it is given up
 * @param digest           how repeated alerts about one case to one person are merged
 */
@Validated
@ConfigurationProperties("notification")
public record NotificationProperties(
        @Valid @NotNull FallbackMailbox fallbackMailbox,
        @NotBlank @Email String senderAddress,
        @NotBlank String caseLinkBase,
        @Valid @NotNull Retry retry,
        @Valid @NotNull Digest digest) {

    /**
     * Each board's own mailbox for a new incident at a school that lists nobody to alert
     * ({@code notification.fallback-mailbox.boards.<board id>}). A case link goes only to its own board's mailbox:
     * a board without one gets a visible {@code FAILED} delivery ({@code NO_RECIPIENT}) and an alarm in the log,
     * never another board's mailbox. {@code default} ({@code notification.fallback-mailbox.default}) stands in for
     * every board on the local stack and in tests; under the {@code prod} profile it is refused, and the boards must
     * be given unless {@code required} is set to {@code false} on purpose (see
     * {@link nl.schoolboard.sexting.notification.rules.FallbackMailboxes}).
     */
    public record FallbackMailbox(
            Map<String, @NotBlank @Email String> boards,
            @Name("default") @Email String anyBoard,
            @DefaultValue("true") boolean required) {

        public FallbackMailbox {
            boards = boards == null ? Map.of() : Map.copyOf(boards);
            anyBoard = anyBoard == null || anyBoard.isBlank() ? null : anyBoard;
        }
    }

    /**
     * Exponential back-off between tries of one record: {@code initialInterval}, times {@code multiplier} each time,
     * never longer than {@code maxInterval}; {@code maxAttempts} tries in all (the first one included).
     */
    public record Retry(
            @NotNull Duration initialInterval,
            @DecimalMin("1.0") double multiplier,
            @NotNull Duration maxInterval,
            @Min(1) int maxAttempts) {

        /** The pause before try {@code tries + 1}, after {@code tries} failed ones. */
        public Duration backOffAfter(int tries) {
            double millis = initialInterval.toMillis() * Math.pow(multiplier, Math.max(0, tries - 1));
            return Duration.ofMillis((long) Math.min(millis, maxInterval.toMillis()));
        }
    }

    /**
     * An alert about a case to someone who was alerted about the same case less than {@code window} ago is not
     * sent on its own but merged into a digest, sent when the window ends ({@code 0} turns digests off). Pending
     * digests are looked for every {@code pollInterval}; one being sent is held for at least {@code lease} before
     * another instance may take it over (longer than a mail takes to send).
     */
    public record Digest(
            @NotNull Duration window,
            @NotNull Duration pollInterval,
            @NotNull Duration lease) {
    }
}
