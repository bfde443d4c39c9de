package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolDays;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A review of the school's social-media policy after an incident, when the school has none reviewed in the last
 * {@link BoardSettings#policyReviewIntervalMonths()} months (twelve by default), none on its way (planned or
 * scheduled), and the board did not record a recent review; due within
 * {@link BoardSettings#policyReviewWithinSchoolWeeks()} school weeks. Its id names the school year and a count
 * ({@code <school>:POLICY_REVIEW:2026-2027:1}).
 */
public final class PolicyReviewRule {

    private PolicyReviewRule() {
    }

    public static Optional<PlannedEffect> decide(School school, LocalDate incidentDay, BoardSettings settings,
                                                 SchoolDays schoolDays, List<PreventionActivity> reviewsOfSchool) {
        LocalDate reviewedSince = incidentDay.minusMonths(settings.policyReviewIntervalMonths());
        if (school.policyLastReviewedOn() != null && !school.policyLastReviewedOn().isBefore(reviewedSince)) {
            return Optional.empty();
        }
        for (PreventionActivity review : reviewsOfSchool) {
            if (review.kind() != ActivityKind.POLICY_REVIEW) {
                continue;
            }
            if (review.status().isOpen()) {
                return Optional.empty();
            }
            if (review.status() == ActivityStatus.DONE && !review.schedule().date().isBefore(reviewedSince)) {
                return Optional.empty();
            }
        }
        LocalDate start = DueDateRule.firstSchoolDayOnOrAfter(incidentDay, schoolDays);
        String period = SchoolYear.of(start).toString();
        int n = 1;
        while (ParentEveningRule.taken(reviewsOfSchool,
                ActivityId.forSchool(school.schoolId(), ActivityKind.POLICY_REVIEW, period, n))) {
            n++;
        }
        return Optional.of(new PlannedEffect(
                ActivityId.forSchool(school.schoolId(), ActivityKind.POLICY_REVIEW, period, n),
                ActivityKind.POLICY_REVIEW,
                DueDateRule.schoolWeeksAfter(start, settings.policyReviewWithinSchoolWeeks(), schoolDays),
                PlanningReason.NO_RECENT_POLICY_REVIEW));
    }
}
