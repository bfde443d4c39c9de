package nl.schoolboard.sexting.platform.calendar;

import java.util.Locale;

/** The school holidays the ministry sets per region and school year, in the order they fall. */
public enum HolidayName {
    HERFSTVAKANTIE,
    KERSTVAKANTIE,
    VOORJAARSVAKANTIE,
    MEIVAKANTIE,
    ZOMERVAKANTIE;

    /** The word a Dutch school leader uses: the name itself, in lower case ("herfstvakantie"). */
    public String dutch() {
        return name().toLowerCase(Locale.ROOT);
    }
}
