package nl.schoolboard.sexting.caseservice.incident.model;

/**
 * The steps of the protocol a case is checked against, in the protocol's order. Some belong to a track and apply only
 * once the track is open: the sextortion track ({@link #SEXTORTION_ADVICE}), the board's reporting-duty track (meld-,
 * overleg- en aangifteplicht) when a staff member is suspected, the suspension formalities once a pupil is suspended.
 * Stored by name: a new step is added, an old one never renamed.
 */
public enum ProtocolStep {
    VICTIM_CONVERSATION,
    PERPETRATOR_CONVERSATIONS,
    SANCTIONS,
    SUSPENSION_FORMALITIES,
    /** An expulsion procedure's steps, in order: heard, Inspectie consulted, another school found. */
    EXPULSION_PROCEDURE,
    POLICE_CONTACT,
    SEXTORTION_ADVICE,
    /** The Meldcode's five steps, once the school leader decided the Meldcode applies. */
    MELDCODE,
    REPORTING_OPTION_EXPLAINED,
    EVIDENCE_LOCATION,
    DISTRIBUTION_BAN,
    /** The pupils who received or saw the image, each told to delete it and not to pass it on. */
    BYSTANDER_CONVERSATIONS,
    /** The image reported to be taken offline; required once it was distributed. */
    TAKEDOWN,
    TEAM_BRIEFING,
    /** The follow-up conversations with the victim, planned after the first one. */
    AFTERCARE,
    PRESS_READINESS,
    BOARD_INFORMED,
    CONFIDENTIAL_INSPECTOR_CONSULTED,
    AANGIFTE_ANNOUNCED,
    AANGIFTE_DECISION;

    public boolean isReportingDutyTrack() {
        return this == BOARD_INFORMED || this == CONFIDENTIAL_INSPECTOR_CONSULTED || this == AANGIFTE_ANNOUNCED
                || this == AANGIFTE_DECISION;
    }
}
