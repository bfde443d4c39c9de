package nl.schoolboard.sexting.platform.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch school year, 1 August to 31 July (as the law counts it), written {@code 2026-2027}. Lessons start after
 * the region's zomervakantie, so the first school day lies some weeks after {@link #firstDay()}.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");

    public SchoolYear {
        if (startYear < 2000 || startYear > 2200) {
            throw new IllegalArgumentException("school year starting in " + startYear + " is out of range");
        }
    }

    public static SchoolYear of(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Reads {@code 2026-2027}; throws {@link IllegalArgumentException} for anything else. */
    public static SchoolYear parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text.trim());
        if (matcher == null || !matcher.matches()
                || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw new IllegalArgumentException("a school year is written like 2026-2027, not " + text);
        }
        return new SchoolYear(Integer.parseInt(matcher.group(1)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.JULY, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
