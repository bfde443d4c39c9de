package nl.schoolboard.sexting.platform.calendar;

import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Public holidays on which schools are closed, computed rather than listed: Nieuwjaarsdag, Tweede Paasdag,
 * Koningsdag (27 April, the 26th when the 27th is a Sunday), Bevrijdingsdag (5 May, a day off in lustrum years),
 * Hemelvaartsdag, Tweede Pinksterdag and the two Christmas days. Goede Vrijdag is not among them: schools decide it
 * themselves.
 */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    /** The Dutch name of the public holiday on this date, if it is one. */
    public static Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(in(date.getYear()).get(date));
    }

    /** The public holidays of a calendar year, by date. */
    public static Map<LocalDate, String> in(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new LinkedHashMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag");
        days.put(easter.plusDays(1), "Tweede Paasdag");
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        days.put(kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay, "Koningsdag");
        if (year % 5 == 0) {
            days.put(LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag");
        }
        days.put(easter.plusDays(39), "Hemelvaartsdag");
        days.put(easter.plusDays(50), "Tweede Pinksterdag");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag");
        return days;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
