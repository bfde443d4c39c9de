package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.event.AssessmentDecided;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionFormalityRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionImposed;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import nl.schoolboard.sexting.caseservice.incident.people.Finding;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFinding;
import nl.schoolboard.sexting.caseservice.incident.people.PoliceGround;
import nl.schoolboard.sexting.caseservice.incident.people.SanctionFormality;
import nl.schoolboard.sexting.caseservice.incident.people.Sector;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a {@link CaseFile} about the people as facts and what their assessment opened: each person's facts, the
 * leader's latest assessment, the sextortion track, the suspensions and their formalities. Kept apart so that the
 * file's general bookkeeping and this newer part of the protocol each read on their own.
 */
final class PeopleAndTracks {

    private final Map<PersonRef, PersonFacts> facts = new LinkedHashMap<>();
    private List<PersonFinding> decided;
    private Set<PoliceGround> policeGrounds = Set.of();
    private boolean meldcodeApplies;
    private boolean sextortionTrack;
    private final Set<MeldcodeStep> meldcodeSteps = EnumSet.noneOf(MeldcodeStep.class);
    private final Map<PersonRef, SanctionImposed> suspensions = new HashMap<>();
    private final Set<PersonRef> expulsionProcedures = new java.util.LinkedHashSet<>();
    private final Map<PersonRef, Set<SanctionFormality>> formalities = new HashMap<>();

    void recorded(PersonRef person, PersonFacts personFacts) {
        facts.put(person, personFacts);
    }

    void decided(AssessmentDecided e) {
        decided = List.copyOf(e.decided());
        policeGrounds = Set.copyOf(e.policeGrounds());
        meldcodeApplies = e.meldcodeApplies();
    }

    void sextortionTrackOpened() {
        sextortionTrack = true;
    }

    void meldcodeStepTaken(MeldcodeStep step) {
        meldcodeSteps.add(step);
    }

    Set<MeldcodeStep> meldcodeSteps() {
        return Set.copyOf(meldcodeSteps);
    }

    void sanctioned(SanctionImposed e) {
        if (e.kind() == Values.SanctionKind.SUSPENSION) {
            suspensions.put(e.person(), e);
        } else if (e.kind() == Values.SanctionKind.EXPULSION_PROCEDURE) {
            expulsionProcedures.add(e.person());
        }
    }

    void formality(SanctionFormalityRecorded e) {
        formalities.computeIfAbsent(e.person(), k -> EnumSet.noneOf(SanctionFormality.class)).add(e.formality());
    }

    Map<PersonRef, PersonFacts> facts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    Optional<PersonFacts> factsOf(PersonRef person) {
        return Optional.ofNullable(facts.get(person));
    }

    boolean assessed() {
        return decided != null;
    }

    /** Whether the assessment found {@code finding} for the person; empty while nobody was assessed. */
    Optional<Boolean> found(PersonRef person, Finding finding) {
        if (decided == null) {
            return Optional.empty();
        }
        return Optional.of(decided.stream().anyMatch(f -> f.person().equals(person) && f.is(finding)));
    }

    Set<Finding> findingsOf(PersonRef person) {
        return decided == null ? Set.of() : decided.stream().filter(f -> f.person().equals(person)).findFirst()
                .map(PersonFinding::findings).orElse(Set.of());
    }

    Set<PoliceGround> policeGrounds() {
        return policeGrounds;
    }

    boolean meldcodeApplies() {
        return meldcodeApplies;
    }

    boolean onSextortionTrack() {
        return sextortionTrack;
    }

    /** Whether a pupil was suspended whose sector asks for formalities (not mbo; an unknown sector is taken to). */
    boolean suspensionFormalitiesApply() {
        return suspensions.keySet().stream()
                .anyMatch(p -> factsOf(p).map(PersonFacts::sector).orElse(null) != Sector.MBO);
    }

    boolean suspensionFormalitiesDone() {
        return suspensions.keySet().stream().allMatch(p -> missingFormalities(p).isEmpty());
    }

    /** The formalities a pupil's suspension still waits for; none for an mbo pupil or a sanction that is no suspension. */
    Set<SanctionFormality> missingFormalities(PersonRef person) {
        SanctionImposed suspension = suspensions.get(person);
        Sector sector = factsOf(person).map(PersonFacts::sector).orElse(null);
        if (suspension == null || sector == Sector.MBO) {
            return Set.of();
        }
        Set<SanctionFormality> needed = EnumSet.of(SanctionFormality.DECISION_LETTER_SENT);
        if (longerThanADay(suspension)) {
            needed.add(SanctionFormality.INSPECTIE_NOTIFIED);
        }
        needed.removeAll(formalities.getOrDefault(person, Set.of()));
        return needed;
    }

    /** Whether a pupil is in an expulsion procedure whose steps the law lays down (not mbo; unknown is taken to). */
    boolean expulsionProcedureApplies() {
        return expulsionProcedures.stream().anyMatch(p -> factsOf(p).map(PersonFacts::sector).orElse(null) != Sector.MBO);
    }

    boolean expulsionProceduresDone() {
        return expulsionProcedures.stream().allMatch(p -> nextExpulsionStep(p).isEmpty());
    }

    boolean inExpulsionProcedure(PersonRef person) {
        return expulsionProcedures.contains(person);
    }

    /** The step of the pupil's expulsion procedure to take next, in the law's order; empty when all are taken. */
    Optional<SanctionFormality> nextExpulsionStep(PersonRef person) {
        if (!expulsionProcedures.contains(person) || factsOf(person).map(PersonFacts::sector).orElse(null) == Sector.MBO) {
            return Optional.empty();
        }
        Set<SanctionFormality> taken = formalities.getOrDefault(person, Set.of());
        return SanctionFormality.EXPULSION_STEPS.stream().filter(step -> !taken.contains(step)).findFirst();
    }

    boolean suspended(PersonRef person) {
        return suspensions.containsKey(person);
    }

    private static boolean longerThanADay(SanctionImposed suspension) {
        LocalDate from = suspension.from();
        LocalDate until = suspension.until();
        return from != null && until != null && ChronoUnit.DAYS.between(from, until) >= 1;
    }
}
