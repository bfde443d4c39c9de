package nl.schoolboard.sexting.contracts;

/**
 * Names of the integration event types and the schema version each is published at. Raising a version means the
 * payload changed in a way an old reader cannot ignore; adding an optional field does not.
 */
public final class CaseEventTypes {

    public static final String INCIDENT_REPORTED = "IncidentReported";
    public static final int INCIDENT_REPORTED_VERSION = 1;

    private CaseEventTypes() {
    }
}
