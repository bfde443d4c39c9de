package nl.schoolboard.sexting.notification;

import java.util.List;

import nl.schoolboard.sexting.platform.production.ProductionSetting;
import nl.schoolboard.sexting.platform.production.ProductionSettings;

/**
 * What notification-service must be given in production: the board's mail relay, signed in to and over TLS (a mail
 * says that a case exists, and to whom), a sender and case links at the board's own addresses. The defaults in
 * application.yml are the local stack's. Registered in {@code META-INF/spring.factories}; checked by platform's
 * production guard before the service starts. The fallback mailboxes are checked where they are read
 * ({@link nl.schoolboard.sexting.notification.rules.FallbackMailboxes}), the audit signing key where it is used.
 */
public class NotificationProductionSettings implements ProductionSettings {

    @Override
    public List<ProductionSetting> settings() {
        return List.of(
                ProductionSetting.realAddress("spring.mail.host", "the board's SMTP relay"),
                ProductionSetting.secret("spring.mail.username", "the account notification-service signs in with"),
                ProductionSetting.secret("spring.mail.password", "that account's password"),
                ProductionSetting.switchedOn("mail only over TLS: STARTTLS required (port 587) or TLS from the start"
                                + " (port 465)", "spring.mail.properties.mail.smtp.starttls.required",
                        "spring.mail.properties.mail.smtp.ssl.enable"),
                ProductionSetting.realMailAddress("notification.sender-address", "the From address of every mail"),
                ProductionSetting.realHttpsAddress("notification.case-link-base",
                        "the case desk's address that a mail's case link starts with"));
    }
}
