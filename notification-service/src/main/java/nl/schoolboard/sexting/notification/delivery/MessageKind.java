package nl.schoolboard.sexting.notification.delivery;

import java.util.Locale;

/**
 * What a message is about. Each kind has a template per language, {@code templates/<template>.<language>.txt}.
 * Alerts (a new incident, an overdue step) to the same person about the same case within a short window are merged
 * into one digest; the other kinds always go out on their own.
 */
public enum MessageKind {
    INCIDENT_REPORTED(true),
    STEP_OVERDUE(true),
    TEAM_BRIEFING(false),
    GUARDIANS_MEASURES_TAKEN(false),
    GUARDIANS_POLICE_REPORTING_OPTION(false),
    GUARDIANS_SANCTION_IMPOSED(false),
    GUARDIANS_INVITATION(false),
    ALERT_DIGEST(false);

    private final boolean alert;

    MessageKind(boolean alert) {
        this.alert = alert;
    }

    /** An alert to care staff that may be merged into a digest with others about the same case. */
    public boolean isAlert() {
        return alert;
    }

    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
