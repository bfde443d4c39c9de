package nl.schoolboard.sexting.caseservice.incident.people;

/**
 * The ages between which sexting with self-made material can fall under the peer exception, as a board setting:
 * the thresholds are read from art. 252 Sr (the former art. 240b, renumbered by the Wet seksuele misdrijven) (see docs/domain.md), and a
 * board whose lawyer reads them differently can change them without a new release.
 *
 * @param minimumAge  below this age nobody is within the exception (12)
 * @param adultAge    from this age on a person is never a peer of a minor (23)
 * @param maxAgeGap   between minimumAge and adultAge, the largest age difference between peers (5 years)
 */
public record AgeRules(int minimumAge, int adultAge, int maxAgeGap) {

    public static AgeRules defaults() {
        return new AgeRules(12, 23, 5);
    }

    /**
     * Whether two people can be peers under the exception. Unknown ages (null facts) are not: the system does not
     * propose the exception on a guess, the school leader decides.
     */
    public boolean arePeers(PersonFacts one, PersonFacts other) {
        AgeBand a = one.band();
        AgeBand b = other.band();
        if (a == null || b == null || a == AgeBand.UNDER_12 || b == AgeBand.UNDER_12) {
            return false;
        }
        if (youngerThan(one, minimumAge) || youngerThan(other, minimumAge)) {
            return false;
        }
        boolean anAdultWithAMinor = (adult(one) && other.isMinor()) || (adult(other) && one.isMinor());
        if (anAdultWithAMinor) {
            return false;
        }
        if (one.age() != null && other.age() != null) {
            return Math.abs(one.age() - other.age()) <= maxAgeGap;
        }
        return a == b;
    }

    private static boolean youngerThan(PersonFacts facts, int age) {
        return facts.age() != null && facts.age() < age;
    }

    private boolean adult(PersonFacts facts) {
        return facts.age() != null ? facts.age() >= adultAge : facts.band() == AgeBand.FROM_23;
    }
}
