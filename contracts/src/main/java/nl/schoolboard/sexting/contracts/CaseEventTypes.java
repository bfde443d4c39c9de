package nl.schoolboard.sexting.contracts;

/**
 * Names of the integration event types and the schema version each is published at. Raising a version means the
 * payload changed in a way an old reader cannot ignore; adding an optional field does not.
 */
public final class CaseEventTypes {

    public static final String INCIDENT_REPORTED = "IncidentReported";
    public static final int INCIDENT_REPORTED_VERSION = 1;

    /**
     * Every step after the report is published under the simple name of its domain event (VictimInterviewed,
     * PerpetratorInterviewed, SanctionImposed, PoliceContacted, DistributionBanIssued, TeamBriefed,
     * GuardiansInformed, StepBecameOverdue, CaseClosed, CaseReopened, ...) with a payload of codes, dates, yes/no
     * answers and person references only, at this version.
     */
    public static final int STEP_EVENT_VERSION = 1;

    public static final String VICTIM_INTERVIEWED = "VictimInterviewed";
    public static final String SANCTION_IMPOSED = "SanctionImposed";
    public static final String POLICE_CONTACTED = "PoliceContacted";
    public static final String TEAM_BRIEFED = "TeamBriefed";
    public static final String GUARDIANS_INFORMED = "GuardiansInformed";
    public static final String STEP_BECAME_OVERDUE = "StepBecameOverdue";
    public static final String CASE_CLOSED = "CaseClosed";

    private CaseEventTypes() {
    }
}
