package nl.schoolboard.sexting.prevention.calendarfeed;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import nl.schoolboard.sexting.prevention.planning.DueDateRule;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import nl.schoolboard.sexting.prevention.planning.Schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A school's activities as an iCalendar (RFC 5545) feed, built and written with ical4j, in the form the common
 * calendar programs subscribe to: a {@code VTIMEZONE} for Europe/Amsterdam that the timed
 * events refer to, one {@code VEVENT} per activity with a stable {@code UID} and a {@code SEQUENCE} that grows with
 * every change (so a rescheduled activity moves in the subscriber's calendar), CRLF line ends and folded lines.
 * <ul>
 *     <li>a scheduled or held activity is a timed event with its place;</li>
 *     <li>a planned one without a date yet is an all-day event on its due date, "Nog inplannen (uiterlijk)";</li>
 *     <li>a cancelled one keeps its event with {@code STATUS:CANCELLED}, so subscribers see it go.</li>
 * </ul>
 * There is no {@code METHOD}: with one, RFC 5546 would require an {@code ORGANIZER} per event, and a subscribed
 * feed needs neither. The feed is Dutch, as staff read it, dates included. It says what an activity is and for whom
 * ("Les mediawijsheid, leerjaar 3"), never why: a feed address is shared and forwarded, and the reason an activity
 * was planned (an incident, and what kind) is not for everyone who holds it. No pupils, no case, no reason.
 */
final class IcsFeed {

    /** Names the planner, not the subject: the feed says nothing of why it exists. */
    static final String PRODUCT_ID = "-//Schoolbestuur//Preventieplanning//NL";
    static final String UID_DOMAIN = "@preventieplanning.schoolbestuur";

    /** Dates as a Dutch reader writes them: "11 december 2026". */
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The whole feed as text. */
    String write(String calendarName, List<PreventionActivity> activities) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT_ID)
                .withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", calendarName))
                .withProperty(new XProperty("X-WR-TIMEZONE", DueDateRule.SCHOOL_TIME_ZONE))
                .withProperty(new XProperty("X-PUBLISHED-TTL", "PT1H"))
                .withProperty(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofHours(1)))
                .withComponent(schoolTimeZone())
                .getFluentTarget();
        for (PreventionActivity activity : activities) {
            calendar.add(event(activity));
        }
        ValidationResult validation = calendar.validate();
        if (validation.hasErrors()) {
            throw new IllegalStateException("the calendar feed would not be valid iCalendar: " + validation);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The {@code VTIMEZONE} the timed events refer to, under the id they carry ({@code Europe/Amsterdam}). The time
     * zone data in ical4j files Amsterdam under Brussels (same rules since 1940); the definition is taken from it and
     * named as the events name it, so every {@code TZID} in the feed has its {@code VTIMEZONE}.
     */
    private VTimeZone schoolTimeZone() {
        VTimeZone zone = zones.getTimeZone(DueDateRule.SCHOOL_TIME_ZONE).getVTimeZone().copy();
        zone.replace(new TzId(DueDateRule.SCHOOL_TIME_ZONE));
        zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return zone;
    }

    private VEvent event(PreventionActivity activity) {
        String title = activity.title() != null ? activity.title() : activity.kind().dutchTitle();
        Schedule schedule = activity.schedule();
        VEvent event;
        if (schedule != null) {
            ZonedDateTime start = ZonedDateTime.of(schedule.date(), schedule.startTime(), DueDateRule.ZONE);
            ZonedDateTime end = ZonedDateTime.of(schedule.date(), schedule.endTime(), DueDateRule.ZONE);
            event = new VEvent(start, end, summary(activity, what(activity, title)));
            event.add(new Location(schedule.location()));
        } else {
            event = new VEvent(activity.dueBy(), activity.dueBy().plusDays(1), summary(activity, what(activity, title)));
        }
        Instant changed = activity.lastChange().at();
        event.replace(new Uid(activity.id().value() + UID_DOMAIN));
        event.replace(new DtStamp(changed));
        event.add(new LastModified(changed));
        event.add(new Sequence((int) Math.max(0, activity.version() - 1)));
        event.add(new Status(switch (activity.status()) {
            case PLANNED -> Status.VALUE_TENTATIVE;
            case SCHEDULED, DONE -> Status.VALUE_CONFIRMED;
            case CANCELLED -> Status.VALUE_CANCELLED;
        }));
        event.add(new Description(description(activity, what(activity, title))));
        return event;
    }

    private static String summary(PreventionActivity activity, String title) {
        return switch (activity.status()) {
            case PLANNED -> "Nog inplannen (uiterlijk): " + title;
            case CANCELLED -> "Afgelast: " + title;
            case SCHEDULED, DONE -> title;
        };
    }

    /** What it is and for whom: "Les mediawijsheid, leerjaar 2 en 3". */
    static String what(PreventionActivity activity, String title) {
        return activity.yearGroups().isEmpty() ? title : title + ", " + forWhom(activity.yearGroups());
    }

    /** "leerjaar 2 en 3" for plain numbers; a group that names its school type ("havo 4", "groep 8") as it is. */
    static String forWhom(List<String> yearGroups) {
        boolean plainNumbers = yearGroups.stream().allMatch(group -> group.matches("\\d+"));
        List<String> groups = plainNumbers ? yearGroups
                : yearGroups.stream().map(group -> group.matches("\\d+") ? "leerjaar " + group : group).toList();
        String joined = groups.size() == 1 ? groups.get(0)
                : String.join(", ", groups.subList(0, groups.size() - 1)) + " en " + groups.get(groups.size() - 1);
        return plainNumbers ? "leerjaar " + joined : joined;
    }

    private static String description(PreventionActivity activity, String what) {
        StringBuilder text = new StringBuilder(what).append('\n');
        text.append("Uiterlijk: ").append(DUTCH_DATE.format(activity.dueBy())).append('\n');
        if (activity.schedule() != null) {
            text.append("Op: ").append(DUTCH_DATE.format(activity.schedule().date())).append(", ")
                    .append(activity.schedule().startTime()).append('-').append(activity.schedule().endTime())
                    .append('\n');
            text.append("Leiding: ").append(activity.schedule().ledBy()).append('\n');
        }
        text.append("Status: ").append(switch (activity.status()) {
            case PLANNED -> "nog in te plannen";
            case SCHEDULED -> "ingepland";
            case DONE -> "gehouden" + (activity.attendance() == null ? "" : ", " + activity.attendance() + " aanwezig");
            case CANCELLED -> "afgelast: " + activity.cancellationReason();
        });
        return text.toString();
    }
}
