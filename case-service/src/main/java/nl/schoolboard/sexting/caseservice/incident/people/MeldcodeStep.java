package nl.schoolboard.sexting.caseservice.incident.people;

/**
 * The five steps of the Meldcode huiselijk geweld en kindermishandeling (Wet verplichte meldcode; the steps as the
 * Rijksoverheid's basismodel names them, see docs/domain.md), taken in this order, led by the aandachtsfunctionaris.
 */
public enum MeldcodeStep {
    /** 1. In kaart brengen van signalen. */
    SIGNS_MAPPED,
    /** 2. Collegiale consultatie en zo nodig raadplegen van Veilig Thuis. */
    CONSULTED,
    /** 3. Gesprek met de leerling en de ouders. */
    CONVERSATION_HELD,
    /** 4. Wegen van het geweld of de kindermishandeling (het afwegingskader). */
    WEIGHED,
    /** 5. Beslissen: melden bij Veilig Thuis, hulp organiseren, of beide. */
    DECIDED
}
