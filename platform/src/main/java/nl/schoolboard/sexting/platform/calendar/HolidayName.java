package nl.schoolboard.sexting.platform.calendar;

/** The school holidays the ministry sets per region and school year, in the order they fall. */
public enum HolidayName {
    HERFSTVAKANTIE("herfstvakantie"),
    KERSTVAKANTIE("kerstvakantie"),
    VOORJAARSVAKANTIE("voorjaarsvakantie"),
    MEIVAKANTIE("meivakantie"),
    ZOMERVAKANTIE("zomervakantie");

    private final String dutch;

    HolidayName(String dutch) {
        this.dutch = dutch;
    }

    /** The word a Dutch school leader uses. */
    public String dutch() {
        return dutch;
    }
}
