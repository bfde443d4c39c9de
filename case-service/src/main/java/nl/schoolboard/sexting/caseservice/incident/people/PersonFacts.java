package nl.schoolboard.sexting.caseservice.incident.people;

import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import java.util.List;
import java.util.Set;

/**
 * What is known of one person in a case, as a whole: recorded again when it changes, with when and why.
 *
 * @param acts             what they did, or what was done to them
 * @param madeVoluntarily  for a maker or the person pictured: whether the image was made of their own free will
 * @param sharedVoluntarily for whoever shared it: whether they did so of their own free will
 * @param sharedWith       to whom they shared it voluntarily (the peers the exception may cover)
 * @param age              their age at the time of the incident, if known
 * @param ageBand          their age band when the exact age is not known
 * @param affiliation      who they are to the school
 * @param sector           the sector of their school, for pupils
 */
public record PersonFacts(
        Set<Act> acts,
        Boolean madeVoluntarily,
        Boolean sharedVoluntarily,
        List<PersonRef> sharedWith,
        Integer age,
        AgeBand ageBand,
        Affiliation affiliation,
        Sector sector) {

    public PersonFacts {
        acts = acts == null ? Set.of() : Set.copyOf(acts);
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }

    public boolean did(Act act) {
        return acts.contains(act);
    }

    /** The band the person's age lies in: from the age if known, else the band recorded, else unknown (null). */
    public AgeBand band() {
        return age != null ? AgeBand.of(age) : ageBand;
    }

    public boolean isMinor() {
        AgeBand band = band();
        return band == AgeBand.UNDER_12 || band == AgeBand.FROM_12_TO_17;
    }

    public boolean isAdultOutsider() {
        return affiliation == Affiliation.ADULT_OUTSIDER;
    }
}
