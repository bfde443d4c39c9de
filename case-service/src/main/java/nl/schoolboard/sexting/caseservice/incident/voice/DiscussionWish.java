package nl.schoolboard.sexting.caseservice.incident.voice;

/** What the victim, or the parents, think of discussing the incident in class, recorded with the team's decision. */
public enum DiscussionWish implements Wish {
    AGREES,
    OBJECTS,
    NOT_ASKED,
    /** Recorded before the wishes were asked for: nothing is known. Never given with a new decision. */
    NOT_RECORDED;

    @Override
    public boolean isAnAnswer() {
        return this != NOT_RECORDED;
    }
}
