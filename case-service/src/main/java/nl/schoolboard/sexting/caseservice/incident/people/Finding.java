package nl.schoolboard.sexting.caseservice.incident.people;

/**
 * What the assessment finds about one person. One person may hold several: the girl whose selfie was forwarded acted
 * within the peer exception when she sent it and is a victim of the forwarding.
 */
public enum Finding {
    VICTIM,
    /** Suspected of an offence: only they get the "offence explained" conversation and a sanction step. */
    SUSPECTED,
    /** What they did is not punishable: self-made material shared voluntarily between peers (art. 252 Sr, formerly 240b). */
    WITHIN_PEER_EXCEPTION
}
