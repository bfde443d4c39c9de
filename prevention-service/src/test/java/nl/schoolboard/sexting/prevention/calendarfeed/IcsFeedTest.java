package nl.schoolboard.sexting.prevention.calendarfeed;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityKind;
import nl.schoolboard.sexting.prevention.planning.ChangedBy;
import nl.schoolboard.sexting.prevention.planning.PlanningReason;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import nl.schoolboard.sexting.prevention.planning.Schedule;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class IcsFeedTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:05:00Z");
    private static final java.util.UUID EVENT = java.util.UUID.fromString("7a1c4e0e-9b7d-4d0e-8f35-2f7f1b6d9a01");
    private static final ChangedBy LEADER = new ChangedBy("user-leader", "SCHOOL_LEADER");

    private final PreventionActivity planned = activity("lesson-1", ActivityKind.MEDIA_LITERACY_LESSON, null,
            List.of("2", "3"));
    private final PreventionActivity scheduled = activity("evening-1", ActivityKind.PARENT_EVENING, null, List.of())
            .schedule(new Schedule(LocalDate.of(2026, 12, 3), LocalTime.of(19, 30), LocalTime.of(21, 0),
                    "Aula; hoofdgebouw, Dorpsstraat 1", "Directeur Van 't Hof"), T0.plusSeconds(60), LEADER)
            .schedule(new Schedule(LocalDate.of(2026, 12, 10), LocalTime.of(19, 30), LocalTime.of(21, 0),
                    "Aula; hoofdgebouw, Dorpsstraat 1", "Directeur Van 't Hof"), T0.plusSeconds(120), LEADER);
    private final PreventionActivity done = activity("review-1", ActivityKind.POLICY_REVIEW, null, List.of())
            .schedule(new Schedule(LocalDate.of(2026, 12, 1), LocalTime.of(15, 0), LocalTime.of(16, 0), "kamer 2",
                    "MR"), T0, LEADER).complete(7, T0, LEADER);
    private final PreventionActivity cancelled = activity("own-1", ActivityKind.OTHER, "Gastles Bureau Halt",
            List.of("4")).cancel("spreker ziek", T0, LEADER);

    @Test
    void the_feed_parses_back_in_a_real_icalendar_parser_with_every_activity_as_an_event() throws Exception {
        String ics = new IcsFeed().write("Preventie De Linde", List.of(planned, scheduled, done, cancelled));

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.validate().hasErrors()).as("%s", parsed.validate()).isFalse();

        assertThat(value(parsed.getProperty(Property.VERSION))).isEqualTo("2.0");
        assertThat(value(parsed.getProperty(Property.PRODID))).isEqualTo(IcsFeed.PRODUCT_ID);
        assertThat(parsed.getProperty(Property.METHOD)).as("no iTIP method on a subscribed feed").isEmpty();
        assertThat(value(parsed.getProperty(Property.CALSCALE))).isEqualTo("GREGORIAN");
        assertThat(value(parsed.getProperty("X-WR-CALNAME"))).isEqualTo("Preventie De Linde");
        assertThat(parsed.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(tz -> assertThat(value(tz.getProperty(Property.TZID))).isEqualTo("Europe/Amsterdam"));

        Map<String, VEvent> events = parsed.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> value(e.getProperty(Property.UID)), Function.identity()));
        assertThat(events).containsOnlyKeys("lesson-1" + IcsFeed.UID_DOMAIN, "evening-1" + IcsFeed.UID_DOMAIN,
                "review-1" + IcsFeed.UID_DOMAIN, "own-1" + IcsFeed.UID_DOMAIN);

        VEvent lesson = events.get("lesson-1" + IcsFeed.UID_DOMAIN);
        assertThat(start(lesson)).as("all day on its due date").isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(value(lesson.getProperty(Property.SUMMARY)))
                .isEqualTo("Nog inplannen (uiterlijk): Les mediawijsheid, leerjaar 2 en 3");
        assertThat(value(lesson.getProperty(Property.STATUS))).isEqualTo("TENTATIVE");
        assertThat(value(lesson.getProperty(Property.DESCRIPTION))).contains("Uiterlijk: 11 december 2026");

        VEvent evening = events.get("evening-1" + IcsFeed.UID_DOMAIN);
        // the parser reads the zone from the feed's own VTIMEZONE: 19:30 Dutch time is 18:30 UTC in December
        assertThat(((ZonedDateTime) start(evening)).toInstant()).isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 12, 10),
                LocalTime.of(19, 30), ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThat(evening.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID"))
                .hasValueSatisfying(tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/Amsterdam"));
        assertThat(value(evening.getProperty(Property.LOCATION))).isEqualTo("Aula; hoofdgebouw, Dorpsstraat 1");
        assertThat(value(evening.getProperty(Property.SEQUENCE))).as("two changes after planning").isEqualTo("2");
        assertThat(value(evening.getProperty(Property.DESCRIPTION))).contains("Leiding: Directeur Van 't Hof");

        assertThat(value(events.get("review-1" + IcsFeed.UID_DOMAIN).getProperty(Property.DESCRIPTION)))
                .contains("gehouden, 7 aanwezig");
        VEvent own = events.get("own-1" + IcsFeed.UID_DOMAIN);
        assertThat(value(own.getProperty(Property.STATUS))).isEqualTo("CANCELLED");
        assertThat(value(own.getProperty(Property.SUMMARY))).isEqualTo("Afgelast: Gastles Bureau Halt, leerjaar 4");
        assertThat(events.values()).allSatisfy(event -> assertThat(event.getProperty(Property.DTSTAMP)).isPresent());
        assertThat(ics).doesNotContain("Europe/Brussels");
    }

    @Test
    void the_text_has_crlf_line_ends_and_no_line_longer_than_75_octets() {
        String ics = new IcsFeed().write("Preventie " + "zeer lange schoolnaam ".repeat(10),
                List.of(planned, scheduled, done, cancelled));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void an_empty_plan_is_still_a_valid_calendar() throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(new IcsFeed().write("Preventie", List.of())));

        assertThat(parsed.getComponents("VEVENT")).isEmpty();
        assertThat(value(parsed.getProperty(Property.PRODID))).isEqualTo(IcsFeed.PRODUCT_ID);
    }

    @Test
    void tokens_are_43_url_safe_characters_and_stored_only_as_their_hash() {
        assertThat(CalendarTokens.FORM.matcher("A".repeat(43)).matches()).isTrue();
        assertThat(CalendarTokens.FORM.matcher("A".repeat(42)).matches()).isFalse();
        assertThat(CalendarTokens.FORM.matcher("A".repeat(42) + "/").matches()).isFalse();
        assertThat(CalendarTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow(() -> new AssertionError("property missing")).getValue();
    }

    @SuppressWarnings("unchecked")
    private static Temporal start(VEvent event) {
        return (Temporal) event.getDateTimeStart().getDate();
    }

    @Test
    void an_incident_driven_lesson_says_what_and_for_whom_and_nothing_of_the_incident() {
        PreventionActivity afterIncident = PreventionActivity.planned(ActivityId.of("evt-9:MEDIA_LITERACY_LESSON"),
                ActivityKind.MEDIA_LITERACY_LESSON, "board-1", "school-1", null, List.of("3"),
                LocalDate.of(2026, 12, 11), "case-4711", EVENT, PlanningReason.MINOR_NUDE_INVOLVED, null, T0);
        PreventionActivity evening = PreventionActivity.planned(ActivityId.of("school-1:PARENT_EVENING"),
                ActivityKind.PARENT_EVENING, "board-1", "school-1", null, List.of(), LocalDate.of(2026, 12, 4),
                "case-4711", EVENT, PlanningReason.REPEATED_INCIDENT_IN_SCHOOL_YEAR, null, T0);

        String ics = new IcsFeed().write("Preventie De Linde", List.of(afterIncident, evening));

        assertThat(ics).contains("SUMMARY:Nog inplannen (uiterlijk): Les mediawijsheid\\, leerjaar 3")
                .contains("Uiterlijk: 11 december 2026");
        assertThat(unfolded(ics).toLowerCase(java.util.Locale.ROOT)).doesNotContain(WORDS_OF_AN_INCIDENT)
                .doesNotContain("case-4711", "2026-12-11", "waarom");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "3|leerjaar 3", "2,3|leerjaar 2 en 3", "1,2,3|leerjaar 1, 2 en 3", "havo 4,vwo 4|havo 4 en vwo 4",
            "3,havo 4|leerjaar 3 en havo 4", "groep 8|groep 8"})
    void year_groups_read_as_a_dutch_reader_names_them(String groups, String words) {
        assertThat(IcsFeed.forWhom(List.of(groups.split(",")))).isEqualTo(words);
    }

    /** Words that would tell a subscriber why an activity is planned. */
    static final String[] WORDS_OF_AN_INCIDENT = {"naakt", "sexting", "incident", "melding", "beeld", "minderjarig",
            "slachtoffer", "dader", "politie", "zaak", "dossier", "verspreid", "foto"};

    /** The text with RFC 5545's folded lines joined again. */
    static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n\t", "");
    }

    private static PreventionActivity activity(String id, ActivityKind kind, String title, List<String> yearGroups) {
        return PreventionActivity.planned(ActivityId.of(id), kind, "board-1", "school-1", title, yearGroups,
                LocalDate.of(2026, 12, 11), null, null, PlanningReason.INCIDENT_REPORTED, null, T0);
    }
}
