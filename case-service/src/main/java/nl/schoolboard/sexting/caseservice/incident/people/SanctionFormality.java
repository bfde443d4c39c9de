package nl.schoolboard.sexting.caseservice.incident.people;

/**
 * What the law asks around a suspension: the decision in writing, with its reasons, to the pupil and the parents;
 * a suspension longer than one day reported to the Inspectie (po, vo, so; see docs/domain.md).
 */
public enum SanctionFormality {
    DECISION_LETTER_SENT,
    INSPECTIE_NOTIFIED
}
