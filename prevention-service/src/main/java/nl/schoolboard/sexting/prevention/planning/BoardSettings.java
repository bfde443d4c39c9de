package nl.schoolboard.sexting.prevention.planning;

/**
 * How a school board wants prevention planned; {@link #DEFAULTS} are the protocol's.
 *
 * @param lessonWithinSchoolWeeks                     a media-literacy lesson within this many school weeks of an
 *                                                    incident (3)
 * @param urgentParentEveningWithinSchoolWeeks        a parent evening within this many school weeks when it is
 *                                                    urgent (2); otherwise within the term
 * @param urgentParentEveningWhenMinorNude            a minor nude in the material makes the evening urgent (yes)
 * @param urgentParentEveningFromIncidentInSchoolYear the school's n-th incident of a school year makes it urgent (2)
 * @param policyReviewIntervalMonths                  a policy review is due when none was held in this many months
 *                                                    (12)
 * @param policyReviewWithinSchoolWeeks               and is planned within this many school weeks (6)
 * @param awarenessActionWithinSchoolWeeks            the "whom can you turn to" action within the first this many
 *                                                    school weeks of a school year (2)
 */
public record BoardSettings(
        int lessonWithinSchoolWeeks,
        int urgentParentEveningWithinSchoolWeeks,
        boolean urgentParentEveningWhenMinorNude,
        int urgentParentEveningFromIncidentInSchoolYear,
        int policyReviewIntervalMonths,
        int policyReviewWithinSchoolWeeks,
        int awarenessActionWithinSchoolWeeks) {

    public static final BoardSettings DEFAULTS = new BoardSettings(3, 2, true, 2, 12, 6, 2);

    public BoardSettings {
        requireBetween("lessonWithinSchoolWeeks", lessonWithinSchoolWeeks, 1, 12);
        requireBetween("urgentParentEveningWithinSchoolWeeks", urgentParentEveningWithinSchoolWeeks, 1, 12);
        requireBetween("urgentParentEveningFromIncidentInSchoolYear", urgentParentEveningFromIncidentInSchoolYear, 1,
                20);
        requireBetween("policyReviewIntervalMonths", policyReviewIntervalMonths, 1, 36);
        requireBetween("policyReviewWithinSchoolWeeks", policyReviewWithinSchoolWeeks, 1, 26);
        requireBetween("awarenessActionWithinSchoolWeeks", awarenessActionWithinSchoolWeeks, 1, 12);
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " is between " + min + " and " + max + ", not " + value);
        }
    }
}
