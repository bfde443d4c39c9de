package nl.schoolboard.sexting.caseservice.incident.people;

import java.util.List;

/**
 * What the law asks around a suspension: the decision in writing, with its reasons, to the pupil and the parents;
 * a suspension longer than one day reported to the Inspectie (po, vo, so). And the steps of an expulsion procedure,
 * in their order: the pupil and the parents heard, the Inspectie consulted, another school found that will take the
 * pupil (see docs/domain.md).
 */
public enum SanctionFormality {
    DECISION_LETTER_SENT,
    INSPECTIE_NOTIFIED,
    PUPIL_AND_PARENTS_HEARD,
    INSPECTIE_CONSULTED,
    OTHER_SCHOOL_FOUND;

    /** The expulsion procedure's steps, in the order they are taken. */
    public static final List<SanctionFormality> EXPULSION_STEPS =
            List.of(PUPIL_AND_PARENTS_HEARD, INSPECTIE_CONSULTED, OTHER_SCHOOL_FOUND);

    public boolean isExpulsionStep() {
        return EXPULSION_STEPS.contains(this);
    }
}
