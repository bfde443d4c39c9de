package nl.schoolboard.sexting.caseservice.incident.people;

/**
 * Where a victim gets help to have images removed or to stop an extorter (see docs/domain.md): Helpwanted (Offlimits),
 * the EOKM's hotline for child sexual abuse material, NCMEC's Take It Down, and the police's own page on sextortion.
 */
public enum HelpSite {
    HELPWANTED,
    MELDPUNT_KINDERPORNO,
    TAKE_IT_DOWN,
    POLITIE_SEXTORTION
}
