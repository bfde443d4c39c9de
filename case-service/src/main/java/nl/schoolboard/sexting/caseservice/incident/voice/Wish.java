package nl.schoolboard.sexting.caseservice.incident.voice;

/**
 * What the victim, or the parents, said they want, recorded beside the school's decision. Every kind of wish has a
 * value for cases recorded before the wishes were asked for; a new decision may never give that one.
 */
public interface Wish {

    /** Whether a new decision may give this answer: everything but "not recorded". */
    boolean isAnAnswer();
}
