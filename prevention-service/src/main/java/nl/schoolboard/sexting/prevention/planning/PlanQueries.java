package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.calendar.SchoolCalendar;
import nl.schoolboard.sexting.platform.calendar.SchoolHoliday;
import nl.schoolboard.sexting.platform.calendar.Region;
import nl.schoolboard.sexting.platform.calendar.SchoolYear;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The read side: a school's plan for a school year, and a board's prevention coverage. */
public record PlanQueries(ActivityStore store, SchoolDirectory schools, BoardSettingsStore settings,
                          IncidentLedger ledger, SchoolCalendar calendar, Clock clock) {

    /**
     * A school's plan for a school year: its holidays and the activities that take place (or are due) in it.
     *
     * @param registered   false when the school is not in the directory at all (planning would assume a region)
     * @param holidaysKnown whether the year's holidays are in the shipped data
     */
    public record SchoolPlan(School school, boolean registered, SchoolYear schoolYear, boolean holidaysKnown,
                             LocalDate firstSchoolDay, LocalDate lastSchoolDay, List<SchoolHoliday> holidays,
                             List<PreventionActivity> activities) {
    }

    /** Counts of activities of one kind: open (planned or scheduled), done, cancelled, and open past their date. */
    public record Counts(int open, int done, int cancelled, int overdue) {

        static Counts of(List<PreventionActivity> activities, LocalDate today) {
            int open = 0;
            int done = 0;
            int cancelled = 0;
            int overdue = 0;
            for (PreventionActivity activity : activities) {
                switch (activity.status()) {
                    case PLANNED, SCHEDULED -> {
                        open++;
                        if (activity.effectiveDate().isBefore(today)) {
                            overdue++;
                        }
                    }
                    case DONE -> done++;
                    case CANCELLED -> cancelled++;
                }
            }
            return new Counts(open, done, cancelled, overdue);
        }
    }

    /** One school's line in the board's coverage; no personal data. */
    public record SchoolCoverage(String schoolId, String name, Region region, boolean regionAssumed,
                                 LocalDate policyLastReviewedOn, boolean policyReviewed, int lessonsGiven,
                                 int lessonsOpen, int parentEveningsHeld) {
    }

    /**
     * A board's prevention coverage in a school year, as of {@code asOf} (today, or the year's last day for a past
     * year).
     *
     * @param reviewedPolicyShare share (0..1) of the board's schools whose policy was reviewed within the board's
     *                            interval before {@code asOf}
     */
    public record BoardCoverage(String boardId, SchoolYear schoolYear, LocalDate asOf, int schools,
                                int schoolsWithReviewedPolicy, double reviewedPolicyShare, long incidentsReported,
                                Counts lessonsAfterIncidents, Counts parentEvenings, Counts policyReviews,
                                Counts whomToTurnToActions, List<SchoolCoverage> perSchool) {
    }

    public SchoolYear currentSchoolYear() {
        return SchoolYear.of(today());
    }

    /** The plan of {@code boardId}'s school; another board's school of the same id is not looked at. */
    public SchoolPlan planFor(String boardId, String schoolId, SchoolYear year) {
        Optional<School> known = schools.find(boardId, schoolId);
        School school = known.orElseGet(() -> School.unregistered(schoolId, null));
        List<PreventionActivity> activities = store.findBySchool(boardId, schoolId).stream()
                .filter(activity -> year.contains(activity.effectiveDate()))
                .sorted(Comparator.comparing(PreventionActivity::effectiveDate)
                        .thenComparing(activity -> activity.id().value()))
                .toList();
        return new SchoolPlan(school, known.isPresent(), year, calendar.coveredYears().contains(year),
                calendar.firstSchoolDay(school.region(), year).orElse(null),
                calendar.lastSchoolDay(school.region(), year).orElse(null),
                calendar.holidays(school.region(), year), activities);
    }

    public BoardCoverage coverage(String boardId, SchoolYear year) {
        LocalDate today = today();
        LocalDate asOf = year.lastDay().isBefore(today) ? year.lastDay() : today;
        BoardSettings boardSettings = settings.effective(boardId);
        LocalDate reviewedSince = asOf.minusMonths(boardSettings.policyReviewIntervalMonths());
        List<School> boardSchools = schools.findByBoard(boardId).stream()
                .sorted(Comparator.comparing(School::schoolId)).toList();
        List<PreventionActivity> all = store.findByBoard(boardId);
        List<PreventionActivity> inYear = all.stream().filter(a -> year.contains(a.effectiveDate())).toList();

        List<SchoolCoverage> perSchool = boardSchools.stream().map(school -> {
            LocalDate lastReview = lastPolicyReview(school, all, asOf);
            List<PreventionActivity> lessons = inYear.stream()
                    .filter(a -> a.schoolId().equals(school.schoolId()) && isLessonAfterIncident(a)).toList();
            return new SchoolCoverage(school.schoolId(), school.name(), school.region(), school.regionAssumed(),
                    lastReview, lastReview != null && !lastReview.isBefore(reviewedSince),
                    (int) lessons.stream().filter(a -> a.status() == ActivityStatus.DONE).count(),
                    (int) lessons.stream().filter(a -> a.status().isOpen()).count(),
                    (int) inYear.stream().filter(a -> a.schoolId().equals(school.schoolId())
                            && a.kind() == ActivityKind.PARENT_EVENING && a.status() == ActivityStatus.DONE).count());
        }).toList();
        int reviewed = (int) perSchool.stream().filter(SchoolCoverage::policyReviewed).count();
        double share = boardSchools.isEmpty() ? 0.0 : Math.round(1000.0 * reviewed / boardSchools.size()) / 1000.0;
        return new BoardCoverage(boardId, year, asOf, boardSchools.size(), reviewed, share,
                ledger.countByBoard(boardId, year),
                Counts.of(select(inYear, PlanQueries::isLessonAfterIncident), asOf),
                Counts.of(select(inYear, a -> a.kind() == ActivityKind.PARENT_EVENING), asOf),
                Counts.of(select(inYear, a -> a.kind() == ActivityKind.POLICY_REVIEW), asOf),
                Counts.of(select(inYear, a -> a.kind() == ActivityKind.WHOM_TO_TURN_TO_ACTION), asOf),
                perSchool);
    }

    /** The last day the school's policy was reviewed on or before {@code asOf}: held here, or recorded by the board. */
    private static LocalDate lastPolicyReview(School school, List<PreventionActivity> boardActivities, LocalDate asOf) {
        LocalDate last = school.policyLastReviewedOn() != null && !school.policyLastReviewedOn().isAfter(asOf)
                ? school.policyLastReviewedOn() : null;
        for (PreventionActivity activity : boardActivities) {
            if (activity.schoolId().equals(school.schoolId()) && activity.kind() == ActivityKind.POLICY_REVIEW
                    && activity.status() == ActivityStatus.DONE && !activity.schedule().date().isAfter(asOf)
                    && (last == null || activity.schedule().date().isAfter(last))) {
                last = activity.schedule().date();
            }
        }
        return last;
    }

    private static boolean isLessonAfterIncident(PreventionActivity activity) {
        return activity.kind() == ActivityKind.MEDIA_LITERACY_LESSON && activity.sourceCaseId() != null;
    }

    private static List<PreventionActivity> select(List<PreventionActivity> activities,
                                                   Predicate<PreventionActivity> which) {
        return activities.stream().filter(which).toList();
    }

    private LocalDate today() {
        return DueDateRule.dayOf(clock.instant());
    }
}
