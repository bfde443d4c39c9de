package nl.schoolboard.sexting.caseservice.incident.voice;

/**
 * Where the school (or the victim with the school's help) asked to have the image taken offline: the platform's own
 * report function, the EOKM's Meldpunt Kinderporno, Helpwanted (Offlimits), or the police (see docs/domain.md).
 */
public enum TakedownChannel {
    PLATFORM_REPORT,
    MELDPUNT_KINDERPORNO,
    HELPWANTED,
    POLICE
}
