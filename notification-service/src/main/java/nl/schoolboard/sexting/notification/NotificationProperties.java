package nl.schoolboard.sexting.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings under {@code notification.*}; defaults are in {@code application.yml}.
 *
 * @param careStaffAddress where care staff are mailed, until a contact directory knows each school's own people
 * @param senderAddress    the From address of every mail
 * @param caseLinkBase     the web address a case id is appended to, e.g. {@code http://localhost:8080/cases/}
 * @param retry            how often and how patiently a failed delivery is tried again before it is given up
 */
@Validated
@ConfigurationProperties("notification")
public record NotificationProperties(
        @NotBlank @Email String careStaffAddress,
        @NotBlank @Email String senderAddress,
        @NotBlank String caseLinkBase,
        @Valid @NotNull Retry retry) {

    /**
     * Exponential back-off between tries of one record: {@code initialInterval}, times {@code multiplier} each time,
     * never longer than {@code maxInterval}; {@code maxAttempts} tries in all (the first one included).
     */
    public record Retry(
            @NotNull Duration initialInterval,
            @DecimalMin("1.0") double multiplier,
            @NotNull Duration maxInterval,
            @Min(1) int maxAttempts) {
    }
}
