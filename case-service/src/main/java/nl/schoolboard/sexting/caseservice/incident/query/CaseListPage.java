package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import nl.schoolboard.sexting.caseservice.incident.refusal.Violation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which part of the case list is asked for: {@code page} from 0, {@code size} cases per page (default
 * {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}). A board's whole history in one answer is more personal data
 * in one place than anyone needs at once, and a load nobody bounded.
 */
record CaseListPage(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    static CaseListPage parse(String page, String size) {
        Map<String, Violation> wrong = new LinkedHashMap<>();
        int parsedPage = number("page", page, 0, Integer.MAX_VALUE / MAX_SIZE, wrong);
        int parsedSize = number("size", size, 1, MAX_SIZE, wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidCommand(wrong);
        }
        return new CaseListPage(parsedPage, size == null || size.isBlank() ? DEFAULT_SIZE : parsedSize);
    }

    long skip() {
        return (long) page * size;
    }

    /** Whether cases lie beyond this page, of {@code total} in all. */
    boolean hasNext(long total) {
        return skip() + size < total;
    }

    private static int number(String parameter, String value, int min, int max, Map<String, Violation> wrong) {
        if (value == null || value.isBlank()) {
            return min;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, as for a number out of range
        }
        wrong.put(parameter, RuleCode.PAGE_OUT_OF_RANGE.with(Map.of("min", min, "max", max)));
        return min;
    }
}
