package nl.schoolboard.sexting.caseservice.incident.people;

/**
 * What a person did with the image, or what was done to them ({@link #PICTURED}). A person may hold several acts.
 * Every act is about this incident's material; who did it to whom follows from the other people's acts.
 */
public enum Act {
    /** The image shows them. */
    PICTURED,
    /** They made the image (a selfie: together with {@link #PICTURED}). */
    MADE_IMAGE,
    /** They sent the image to someone, as its maker or the person in it. */
    SHARED,
    /** They passed on an image they had received. */
    FORWARDED,
    /** They asked for the image or pressed someone to make or send it. */
    ASKED_OR_PRESSURED,
    /** They threatened to spread the image, or demanded money or more images (sextortion). */
    THREATENED_OR_EXTORTED,
    RECEIVED,
    SAW,
    /** They told the school: never an offence. */
    REPORTED
}
