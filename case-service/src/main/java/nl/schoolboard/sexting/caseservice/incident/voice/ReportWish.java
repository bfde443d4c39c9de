package nl.schoolboard.sexting.caseservice.incident.voice;

/**
 * What the victim, or the parents, want about going to the police, as recorded with the school's police decision. The
 * school decides (and must, when a minor is shown nude); their wish is on the record beside it.
 */
public enum ReportWish implements Wish {
    WANTS_REPORT,
    DOES_NOT_WANT,
    /** They were not asked (the reason, if any, is for the case's texts). */
    NOT_ASKED,
    /** Recorded before the wishes were asked for: nothing is known. Never given with a new decision. */
    NOT_RECORDED;

    @Override
    public boolean isAnAnswer() {
        return this != NOT_RECORDED;
    }
}
