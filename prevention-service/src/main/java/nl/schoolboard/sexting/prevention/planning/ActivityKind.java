package nl.schoolboard.sexting.prevention.planning;

/** The kinds of preventive activity of protocol step 7, and the school's own. */
public enum ActivityKind {
    /** A lesson on the risks of sending and forwarding images (mediawijsheid) for the affected year groups. */
    MEDIA_LITERACY_LESSON("Les mediawijsheid"),
    /** An information evening for parents on online behaviour. */
    PARENT_EVENING("Ouderavond over online gedrag"),
    /** A review of the school's social-media policy. */
    POLICY_REVIEW("Herziening socialemediabeleid"),
    /** An action at the start of the school year so that pupils know whom they can turn to. */
    WHOM_TO_TURN_TO_ACTION("Actie: bij wie kun je terecht?"),
    /** Something the school adds itself, under its own title. */
    OTHER("Preventieactiviteit");

    private final String dutchTitle;

    ActivityKind(String dutchTitle) {
        this.dutchTitle = dutchTitle;
    }

    /** How staff see it in their calendar: what it is, never why it is planned. */
    public String dutchTitle() {
        return dutchTitle;
    }
}
