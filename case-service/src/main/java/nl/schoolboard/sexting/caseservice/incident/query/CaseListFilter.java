package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.refusal.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of the case list, read from the query parameters. Each is optional and they combine.
 *
 * <p>{@code from} and {@code until} bound when the incident came to light, both inclusive. Each is a moment
 * ({@code 2026-11-20T08:30:00Z}, or with an offset) or a date ({@code 2026-11-20}); a date is a day in the Netherlands
 * (Europe/Amsterdam): {@code from} a date starts at its first moment, {@code until} a date runs to its last.</p>
 */
record CaseListFilter(String schoolId, String status, Boolean overdue, Instant from, Instant until) {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");

    static CaseListFilter parse(String schoolId, String status, String overdue, String from, String until) {
        Map<String, Violation> wrong = new LinkedHashMap<>();
        String parsedStatus = null;
        if (present(status)) {
            parsedStatus = status.trim().toUpperCase(Locale.ROOT);
            if (!parsedStatus.equals(CaseView.OPEN) && !parsedStatus.equals(CaseView.CLOSED)) {
                wrong.put("status", RuleCode.CASE_STATUS_UNKNOWN.with(Map.of("value", status)));
                parsedStatus = null;
            }
        }
        Boolean parsedOverdue = null;
        if (present(overdue)) {
            switch (overdue.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> parsedOverdue = true;
                case "false" -> parsedOverdue = false;
                default -> wrong.put("overdue", RuleCode.NOT_A_YES_OR_NO.with(Map.of("value", overdue)));
            }
        }
        Instant parsedFrom = present(from) ? moment("from", from, false, wrong) : null;
        Instant parsedUntil = present(until) ? moment("until", until, true, wrong) : null;
        if (parsedFrom != null && parsedUntil != null && parsedUntil.isBefore(parsedFrom)) {
            wrong.put("until", RuleCode.PERIOD_ENDS_BEFORE_START.violation());
        }
        if (!wrong.isEmpty()) {
            throw new InvalidCommand(wrong);
        }
        return new CaseListFilter(present(schoolId) ? schoolId.trim() : null, parsedStatus, parsedOverdue, parsedFrom,
                parsedUntil);
    }

    /**
     * A moment given as an instant, a date-time with an offset, or a date.
     *
     * @param endOfDay for a date, its last millisecond rather than its first
     */
    static Instant moment(String parameter, String value, boolean endOfDay, Map<String, Violation> wrong) {
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                LocalDate day = LocalDate.parse(text);
                return endOfDay
                        ? day.plusDays(1).atStartOfDay(SCHOOL_ZONE).toInstant().minusMillis(1)
                        : day.atStartOfDay(SCHOOL_ZONE).toInstant();
            } catch (DateTimeParseException notADate) {
                wrong.put(parameter, RuleCode.NOT_A_DATE_OR_MOMENT.with(Map.of("value", value)));
                return null;
            }
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
