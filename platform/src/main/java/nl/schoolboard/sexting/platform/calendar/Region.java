package nl.schoolboard.sexting.platform.calendar;

import java.util.Locale;
import java.util.Optional;

/**
 * The three holiday regions of the Netherlands (rijksoverheid "regio-indeling schoolvakanties"). A school's region
 * decides its herfst-, voorjaars- and zomervakantie.
 */
public enum Region {
    NOORD, MIDDEN, ZUID;

    /** The region a school is taken to be in until the board says otherwise. */
    public static final Region ASSUMED = MIDDEN;

    /** {@code noord}, {@code Midden}, {@code ZUID}: any case; empty for anything else. */
    public static Optional<Region> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notARegion) {
            return Optional.empty();
        }
    }
}
