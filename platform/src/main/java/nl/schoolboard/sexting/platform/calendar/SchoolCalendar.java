package nl.schoolboard.sexting.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days the schools of a region teach: not on weekends, not in the school holidays of the region, not on
 * {@link PublicHolidays}. The holidays come as data ({@value #OFFICIAL_RESOURCE}, the ministry's dates per region);
 * a school year counts as covered when every region has all five holidays in it. Outside the covered years only
 * weekends and public holidays are known, and {@link #covers} says so.
 */
public final class SchoolCalendar {

    public static final String OFFICIAL_RESOURCE = "/calendar/school-holidays-nl.csv";

    /** How far ahead a next holiday is looked for before the calendar is taken to have none. */
    private static final int MAX_DAYS_SEARCHED = 400;

    private final List<SchoolHoliday> holidays;
    private final Set<SchoolYear> coveredYears;

    public SchoolCalendar(List<SchoolHoliday> holidays) {
        this.holidays = holidays.stream()
                .sorted(Comparator.comparing(SchoolHoliday::firstDay).thenComparing(SchoolHoliday::region))
                .toList();
        this.coveredYears = new TreeSet<>();
        holidays.stream().map(SchoolHoliday::schoolYear).distinct().forEach(year -> {
            boolean complete = EnumSet.allOf(Region.class).stream().allMatch(region ->
                    EnumSet.allOf(HolidayName.class).stream().allMatch(name -> this.holidays.stream().anyMatch(h ->
                            h.region() == region && h.schoolYear().equals(year) && h.name() == name)));
            if (complete) {
                coveredYears.add(year);
            }
        });
    }

    /** The holidays shipped with the service. */
    public static SchoolCalendar official() {
        try (InputStream in = SchoolCalendar.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the holiday data " + OFFICIAL_RESOURCE + " is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads holiday data: one holiday a line, {@code region,schoolYear,holiday,firstDay,lastDay} (e.g.
     * {@code noord,2026-2027,herfstvakantie,2026-10-10,2026-10-18}); lines starting with {@code #} and blank lines
     * are comments, the first other line is the header.
     */
    public static SchoolCalendar parse(InputStream csv) throws IOException {
        List<SchoolHoliday> holidays = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        boolean header = true;
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = trimmed.split(",");
            if (cells.length != 5) {
                throw new IllegalArgumentException("line " + lineNo + " of the holiday data has " + cells.length
                        + " cells, not 5: " + line);
            }
            try {
                holidays.add(new SchoolHoliday(
                        Region.parse(cells[0]).orElseThrow(() -> new IllegalArgumentException("region " + cells[0])),
                        SchoolYear.parse(cells[1]),
                        HolidayName.valueOf(cells[2].strip().toUpperCase(java.util.Locale.ROOT)),
                        LocalDate.parse(cells[3].strip()),
                        LocalDate.parse(cells[4].strip())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + lineNo + " of the holiday data cannot be read: " + line, e);
            }
        }
        return new SchoolCalendar(holidays);
    }

    public List<SchoolHoliday> holidays() {
        return holidays;
    }

    /** The holidays of a region published for a school year, in date order. */
    public List<SchoolHoliday> holidays(Region region, SchoolYear year) {
        return holidays.stream().filter(h -> h.region() == region && h.schoolYear().equals(year)).toList();
    }

    /** School years for which every region's holidays are known. */
    public Set<SchoolYear> coveredYears() {
        return coveredYears;
    }

    /** Whether the holidays of the school year the date falls in are known. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(SchoolYear.of(date));
    }

    public boolean isSchoolDay(Region region, LocalDate date) {
        return whyNoSchool(region, date).isEmpty();
    }

    public SchoolDays schoolDays(Region region) {
        return date -> isSchoolDay(region, date);
    }

    /** Why the schools of the region are closed that day, in words for a school leader; empty on a school day. */
    public Optional<String> whyNoSchool(Region region, LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of("zaterdag (weekend)");
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of("zondag (weekend)");
        }
        Optional<SchoolHoliday> holiday = holidayOn(region, date);
        if (holiday.isPresent()) {
            SchoolHoliday h = holiday.get();
            return Optional.of(h.name().dutch() + " regio " + region.name().toLowerCase(java.util.Locale.ROOT)
                    + " (" + h.firstDay() + " t/m " + h.lastDay() + ")");
        }
        return PublicHolidays.nameOf(date);
    }

    public Optional<SchoolHoliday> holidayOn(Region region, LocalDate date) {
        return holidays.stream().filter(h -> h.region() == region && h.contains(date)).findFirst();
    }

    /**
     * The term a school day lies in: up to the first holiday of the region that starts after it. Empty when the
     * holidays of that stretch are not known.
     */
    public Optional<Term> termOf(Region region, LocalDate day) {
        if (!covers(day)) {
            return Optional.empty();
        }
        return holidays.stream()
                .filter(h -> h.region() == region && h.firstDay().isAfter(day))
                .findFirst()
                .flatMap(next -> lastSchoolDayBefore(region, next.firstDay())
                        .map(last -> new Term(SchoolYear.of(day), next.name(), last)));
    }

    /**
     * The first school day of a school year in the region: the first after its zomervakantie. Empty when that
     * zomervakantie is not in the data.
     */
    public Optional<LocalDate> firstSchoolDay(Region region, SchoolYear year) {
        return holidays.stream()
                .filter(h -> h.region() == region && h.name() == HolidayName.ZOMERVAKANTIE
                        && h.lastDay().getYear() == year.startYear())
                .findFirst()
                .map(summer -> nextSchoolDay(region, summer.lastDay().plusDays(1)));
    }

    /** The last school day before the region's zomervakantie ending the school year, if known. */
    public Optional<LocalDate> lastSchoolDay(Region region, SchoolYear year) {
        return holidays.stream()
                .filter(h -> h.region() == region && h.name() == HolidayName.ZOMERVAKANTIE
                        && h.firstDay().getYear() == year.startYear() + 1)
                .findFirst()
                .flatMap(summer -> lastSchoolDayBefore(region, summer.firstDay()));
    }

    private LocalDate nextSchoolDay(Region region, LocalDate from) {
        LocalDate day = from;
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1)) {
            if (isSchoolDay(region, day)) {
                return day;
            }
        }
        throw new IllegalStateException("no school day in the year after " + from + " in region " + region);
    }

    private Optional<LocalDate> lastSchoolDayBefore(Region region, LocalDate before) {
        LocalDate day = before.minusDays(1);
        for (int i = 0; i < 60; i++, day = day.minusDays(1)) {
            if (isSchoolDay(region, day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
