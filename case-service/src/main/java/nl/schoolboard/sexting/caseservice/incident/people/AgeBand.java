package nl.schoolboard.sexting.caseservice.incident.people;

/**
 * An age when the exact age is not known, cut where the age rules of art. 252 Sr (formerly 240b) cut: under 12, a minor of 12 or
 * more, a young adult under 23, 23 or older.
 */
public enum AgeBand {
    UNDER_12(11), FROM_12_TO_17(17), FROM_18_TO_22(22), FROM_23(200);

    /** The oldest age in the band: each band begins where the one before it ends, so this is all it needs. */
    private final int oldest;

    AgeBand(int oldest) {
        this.oldest = oldest;
    }

    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age <= band.oldest) {
                return band;
            }
        }
        return FROM_23;
    }
}
