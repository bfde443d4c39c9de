package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.refusal.InvalidCommand;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading the case list's query parameters: every bad one is named, nothing is guessed. */
class CaseListFilterTest {

    @Test
    void no_parameters_filter_nothing() {
        assertThat(CaseListFilter.parse(null, null, null, null, " "))
                .isEqualTo(new CaseListFilter(null, null, null, null, null));
    }

    @Test
    void moments_and_dates_bound_the_period_inclusively_with_dates_as_dutch_days() {
        CaseListFilter filter = CaseListFilter.parse("school-1", "closed", "TRUE", "2026-11-01", "2026-11-30T12:00:00+01:00");

        assertThat(filter.schoolId()).isEqualTo("school-1");
        assertThat(filter.status()).isEqualTo("CLOSED");
        assertThat(filter.overdue()).isTrue();
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(filter.until()).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(CaseListFilter.parse(null, null, null, null, "2026-07-01").until())
                .isEqualTo(Instant.parse("2026-07-01T21:59:59.999Z"));
    }

    @Test
    void each_bad_parameter_is_named() {
        InvalidCommand refused = catchThrowableOfType(InvalidCommand.class,
                () -> CaseListFilter.parse(null, "PENDING", "maybe", "yesterday", "2026-13-01"));

        assertThat(refused.violations()).containsOnlyKeys("status", "overdue", "from", "until");
        assertThat(refused.violations().get("status")).isEqualTo(RuleCode.CASE_STATUS_UNKNOWN.with(Map.of("value", "PENDING")));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_on_until() {
        InvalidCommand refused = catchThrowableOfType(InvalidCommand.class,
                () -> CaseListFilter.parse(null, null, null, "2026-11-20", "2026-11-19"));

        assertThat(refused.violations()).containsOnlyKeys("until");
    }
}
