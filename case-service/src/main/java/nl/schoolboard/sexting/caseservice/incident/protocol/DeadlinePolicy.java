package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many school days a board gives each step, counted from the moment the school learned of the incident.
 * School days are Monday to Friday in the board's time zone; holidays are the prevention service's concern.
 */
public record DeadlinePolicy(Map<ProtocolStep, Integer> schoolDays, ZoneId zone) {

    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(Map.of(
                ProtocolStep.VICTIM_CONVERSATION, 1,
                ProtocolStep.POLICE_CONTACT, 1,
                ProtocolStep.TEAM_BRIEFING, 2), ZoneId.of("Europe/Amsterdam"));
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

    Instant addSchoolDays(Instant from, int days) {
        ZonedDateTime moment = from.atZone(zone);
        int added = 0;
        while (added < days) {
            moment = moment.plusDays(1);
            if (moment.getDayOfWeek() != DayOfWeek.SATURDAY && moment.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return moment.toInstant();
    }
}
