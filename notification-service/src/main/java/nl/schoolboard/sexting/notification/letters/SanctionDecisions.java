package nl.schoolboard.sexting.notification.letters;

import java.util.Optional;

/**
 * The measures the case service published ({@code SanctionImposed}: a code and its period, never its reason), kept
 * per case and pupil until the school decides to tell the parents ({@code GuardiansInformed} of
 * {@code SANCTION_IMPOSED}), whose letter states the decision. Both events of a case come in order on one partition
 * (the case id is the key), so the decision is known when the parents are told.
 */
public interface SanctionDecisions {

    /** The latest measure for {@code pupilRef} in the case replaces an earlier one: the letter states what holds. */
    void remember(String boardId, String schoolId, String caseId, String pupilRef, ParentLetters.SanctionDecision decision);

    Optional<ParentLetters.SanctionDecision> of(String caseId, String pupilRef);

    /** Forgets every measure of one pupil of a school (erasure); the number forgotten. */
    long erase(String boardId, String schoolId, String pupilRef);
}
