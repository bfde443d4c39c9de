package nl.schoolboard.sexting.caseservice.incident.model;

/** Small code lists of the protocol steps. Codes only: their Dutch labels live in the user interface. */
public final class Values {

    private Values() {
    }

    /** Who is offered help after the victim conversation (step 1). */
    public enum SupportRecipient { VICTIM, PARENTS }

    /** Where the help comes from: internal care, the GGD, youth care, a helpline. */
    public enum SupportKind { INTERNAL_CARE, GGD, YOUTH_CARE, HELPLINE, OTHER }

    /**
     * Step 3. The expulsion procedure is a procedure, not the expulsion itself. A time-out sends a pupil out of class
     * for the rest of a lesson or a day, kept at school; a restorative assignment has the pupil make good what they
     * did (both as schools use them under their own rules; added later, so listed last).
     */
    public enum SanctionKind { WARNING, DETENTION, SUSPENSION, EXPULSION_PROCEDURE, OTHER, TIME_OUT, RESTORATIVE_ASSIGNMENT }

    /** Step 4: a formal complaint (aangifte), a notification (melding), or advice only. */
    public enum PoliceDecision { AANGIFTE, MELDING, ADVICE_ONLY }

    /** Step 4: where the evidence is. There is deliberately no "with the school": the school never keeps it. */
    public enum EvidenceLocation { WITH_VICTIM, WITH_POLICE, DELETED_AFTER_POLICE_ADVICE }

    /** Step 5: to whom further distribution is forbidden. */
    public enum BanScope { CLASS, YEAR_GROUP, SCHOOL }

    /** Step 6: whether and how the incident is discussed in class. */
    public enum ClassDiscussion { NOT_DISCUSSED, MENTOR_CONVERSATION, CLASS_LESSON, SCHOOL_WIDE }

    /** Step 9. */
    public enum Outcome { RESOLVED, REFERRED_TO_POLICE, REFERRED_TO_CARE, NO_FURTHER_ACTION, OTHER }
}
