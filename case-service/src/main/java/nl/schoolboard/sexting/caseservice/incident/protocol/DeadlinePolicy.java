package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.event.AftercarePlanned;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.SchoolDays;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How long a board gives each step. The protocol's steps count school days from the moment the school learned of the
 * incident: days the board's schools teach, so no weekend, no school holiday of the board's region and no public
 * holiday ({@link SchoolDays}, from the same {@link SchoolCalendar} prevention-service plans with). The steps the law
 * wants "at once" (police on the sextortion track, the board's reporting-duty track) count hours from the moment the
 * track opened, holidays or not. The follow-up conversations with a victim (aftercare) are due a set number of school
 * days after the first conversation, each ({@link #aftercareSchoolDays}, by default after 5 and after 20).
 */
public record DeadlinePolicy(Map<ProtocolStep, Integer> schoolDays, Map<ProtocolStep, Duration> atOnce, ZoneId zone,
                             SchoolDays calendar, List<Integer> aftercareSchoolDays) {

    private static final SchoolCalendar OFFICIAL = SchoolCalendar.official();

    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(defaultSchoolDays(), defaultAtOnce(), ZoneId.of("Europe/Amsterdam"),
                OFFICIAL.schoolDays(Region.ASSUMED), defaultAftercare());
    }

    /** The same steps and hours, counted on the school days of another region. */
    public static SchoolDays schoolDaysOf(Region region) {
        return OFFICIAL.schoolDays(region);
    }

    public static Map<ProtocolStep, Integer> defaultSchoolDays() {
        return Map.of(ProtocolStep.VICTIM_CONVERSATION, 1, ProtocolStep.POLICE_CONTACT, 1, ProtocolStep.TEAM_BRIEFING, 2);
    }

    /**
     * School days after the first conversation with a victim when each follow-up is due: a board setting, since the
     * protocol asks for aftercare but names no interval.
     */
    public static List<Integer> defaultAftercare() {
        return List.of(5, 20);
    }

    /** Hours for "at once": a board setting, since the law says "onverwijld" and names no number. */
    public static Map<ProtocolStep, Duration> defaultAtOnce() {
        return Map.of(ProtocolStep.POLICE_CONTACT, Duration.ofHours(4),
                ProtocolStep.BOARD_INFORMED, Duration.ofHours(24),
                ProtocolStep.CONFIDENTIAL_INSPECTOR_CONSULTED, Duration.ofHours(48),
                ProtocolStep.AANGIFTE_DECISION, Duration.ofHours(72));
    }

    /** The due times of a case just reported, counted from the moment the school learned of it. */
    public DeadlinesSet deadlinesOf(IncidentReported report) {
        return new DeadlinesSet(report.caseId(), report.cameToLightAt(),
                dueTimes(report.cameToLightAt(), report.minorNudeInvolved()));
    }

    /** Police contact is only due when it is mandatory, i.e. when the material shows a minor nude. */
    public Map<ProtocolStep, Instant> dueTimes(Instant cameToLightAt, boolean minorNudeInvolved) {
        Map<ProtocolStep, Instant> due = new EnumMap<>(ProtocolStep.class);
        schoolDays.forEach((step, days) -> {
            if (step != ProtocolStep.POLICE_CONTACT || minorNudeInvolved) {
                due.put(step, addSchoolDays(cameToLightAt, days));
            }
        });
        return due;
    }

    /** The due times of a track's steps that must be taken at once, counted in hours from {@code openedAt}. */
    public DeadlinesSet atOnce(CaseId caseId, Instant openedAt, Collection<ProtocolStep> steps) {
        Map<ProtocolStep, Instant> due = new EnumMap<>(ProtocolStep.class);
        steps.forEach(step -> due.put(step, openedAt.plus(atOnce.getOrDefault(step, Duration.ofHours(24)))));
        return new DeadlinesSet(caseId, openedAt, due);
    }

    /** The follow-up conversations with a victim, planned from the first conversation. */
    public AftercarePlanned aftercare(CaseId caseId, Instant firstConversation, PersonRef victim) {
        return new AftercarePlanned(caseId, firstConversation, victim,
                aftercareSchoolDays.stream().sorted().map(days -> addSchoolDays(firstConversation, days)).toList());
    }

    /** The aftercare step is due when the last follow-up is. */
    public DeadlinesSet aftercareDeadline(AftercarePlanned planned) {
        return new DeadlinesSet(planned.caseId(), planned.occurredAt(),
                Map.of(ProtocolStep.AFTERCARE, planned.conversationsDue().get(planned.conversationsDue().size() - 1)));
    }

    /** {@code days} school days after {@code from}, at the same time of day. */
    public Instant addSchoolDays(Instant from, int days) {
        ZonedDateTime moment = from.atZone(zone);
        int added = 0;
        while (added < days) {
            moment = moment.plusDays(1);
            if (calendar.isSchoolDay(moment.toLocalDate())) {
                added++;
            }
        }
        return moment.toInstant();
    }
}
