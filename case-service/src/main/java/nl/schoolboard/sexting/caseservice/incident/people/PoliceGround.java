package nl.schoolboard.sexting.caseservice.incident.people;

/**
 * Why the police must be involved (the police's criteria for sexting, see docs/domain.md): an adult involved,
 * pressure or coercion, extortion, ages outside the peer exception, or distribution beyond the one it was meant for.
 */
public enum PoliceGround {
    ADULT_INVOLVED,
    COERCION,
    EXTORTION,
    AGE_RULES,
    /** Someone made an image of another person without their consent. */
    MADE_WITHOUT_CONSENT,
    DISTRIBUTION
}
