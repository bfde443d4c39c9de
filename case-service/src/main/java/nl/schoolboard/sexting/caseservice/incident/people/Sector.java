package nl.schoolboard.sexting.caseservice.incident.people;

/**
 * The sector of a pupil's school: primary (po), secondary (vo), vocational (mbo), special (so) education. The law on
 * suspension and expulsion differs per sector (WPO, WVO 2020, WEB, WEC; see docs/domain.md).
 */
public enum Sector {
    PO, VO, MBO, SO;

    /**
     * Whether a suspension longer than a day is reported to the Inspectie: po, vo and (v)so; the WEB has no such duty
     * for mbo.
     */
    public boolean reportsLongSuspensions() {
        return this != MBO;
    }
}
