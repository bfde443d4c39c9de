package nl.schoolboard.sexting.caseservice.incident.protocol;

import nl.schoolboard.sexting.caseservice.incident.event.AangifteAnnounced;
import nl.schoolboard.sexting.caseservice.incident.event.AangifteDecided;
import nl.schoolboard.sexting.caseservice.incident.event.AftercareConversationHeld;
import nl.schoolboard.sexting.caseservice.incident.event.AftercarePlanned;
import nl.schoolboard.sexting.caseservice.incident.event.BystanderSpokenTo;
import nl.schoolboard.sexting.caseservice.incident.event.TakedownRequested;
import nl.schoolboard.sexting.caseservice.incident.event.AssessmentDecided;
import nl.schoolboard.sexting.caseservice.incident.event.MeldcodeStepTaken;
import nl.schoolboard.sexting.caseservice.incident.event.PersonFactsRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionFormalityRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SextortionAdviceGiven;
import nl.schoolboard.sexting.caseservice.incident.event.SextortionTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.event.BoardInformed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseAccessGranted;
import nl.schoolboard.sexting.caseservice.incident.event.CaseAccessRevoked;
import nl.schoolboard.sexting.caseservice.incident.event.CaseClosed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.CaseReopened;
import nl.schoolboard.sexting.caseservice.incident.event.ConfidentialInspectorConsulted;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.DistributionBanIssued;
import nl.schoolboard.sexting.caseservice.incident.event.EvidenceSecured;
import nl.schoolboard.sexting.caseservice.incident.event.FurtherDistributionReported;
import nl.schoolboard.sexting.caseservice.incident.event.GuardiansInformed;
import nl.schoolboard.sexting.caseservice.incident.event.GuardiansInvited;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.event.LegalHoldLifted;
import nl.schoolboard.sexting.caseservice.incident.event.LegalHoldPlaced;
import nl.schoolboard.sexting.caseservice.incident.event.PerpetratorInterviewed;
import nl.schoolboard.sexting.caseservice.incident.event.PersonLinked;
import nl.schoolboard.sexting.caseservice.incident.event.PersonRoleChanged;
import nl.schoolboard.sexting.caseservice.incident.event.PersonalDataErased;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.PressStatementPrepared;
import nl.schoolboard.sexting.caseservice.incident.event.ReportingDutyTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionImposed;
import nl.schoolboard.sexting.caseservice.incident.event.SpokespersonAppointed;
import nl.schoolboard.sexting.caseservice.incident.event.StepBecameOverdue;
import nl.schoolboard.sexting.caseservice.incident.event.StepSkipped;
import nl.schoolboard.sexting.caseservice.incident.event.SupportArranged;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInformedOfReportingOption;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.StepState;
import nl.schoolboard.sexting.caseservice.incident.model.StepStatus;
import nl.schoolboard.sexting.caseservice.incident.people.Act;
import nl.schoolboard.sexting.caseservice.incident.people.Finding;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;
import nl.schoolboard.sexting.caseservice.incident.people.PoliceGround;
import nl.schoolboard.sexting.caseservice.incident.people.SanctionFormality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What is known of a case from its facts, folded in order: the people and their roles, which protocol steps are
 * taken, skipped, due or overdue. Pure and without infrastructure, so that the aggregate decides with it and the
 * point-in-time view replays with it, and the two cannot disagree.
 */
public final class CaseFile {

    /** A person's kind and their current role; kept per person, so one person's change never touches another. */
    public record Person(PersonRef ref, PersonKind kind, PersonRole role) {
    }

    private boolean reported;
    private boolean minorNudeInvolved;
    private boolean closed;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Set<String> perpetratorsInterviewed = new HashSet<>();
    private final Set<String> sanctioned = new HashSet<>();
    private final EnumSet<ProtocolStep> done = EnumSet.noneOf(ProtocolStep.class);
    /** Why a step was skipped, as shown: the text, or that it was erased. */
    private final Map<ProtocolStep, String> skipped = new EnumMap<>(ProtocolStep.class);
    private final Map<ProtocolStep, Instant> dueAt = new EnumMap<>(ProtocolStep.class);
    private final EnumSet<ProtocolStep> overdue = EnumSet.noneOf(ProtocolStep.class);
    private boolean reportingDutyTrack;
    private boolean legalHold;
    private boolean personalDataErased;
    private final Set<String> erasedSubjects = new HashSet<>();
    /** Who was given access to the case and has not had it revoked (whether it ran out is the clock's business). */
    private final Set<String> granted = new HashSet<>();
    /** The people as facts, their assessment and the tracks it opened. */
    private final PeopleAndTracks assessed = new PeopleAndTracks();
    /** Bystanders, takedown and aftercare. */
    private final CareAroundTheVictim care = new CareAroundTheVictim();

    /** Folds one more fact into the file. */
    public void apply(CaseFact fact) {
        FOLD.get(fact.getClass()).accept(this, fact);
    }

    /**
     * What each fact changes in the file, one line per fact. A table, not an if-chain: Java 17 cannot switch over
     * types, and a table keyed by the exact class (events are records) is as direct. {@link CaseFact} is sealed, and
     * {@code CaseFileTest} checks that every permitted fact has its line here, so a new fact cannot be forgotten.
     */
    private static final Map<Class<? extends CaseFact>, BiConsumer<CaseFile, CaseFact>> FOLD = new HashMap<>();

    private static <F extends CaseFact> void on(Class<F> fact, BiConsumer<CaseFile, F> change) {
        FOLD.put(fact, (file, f) -> change.accept(file, fact.cast(f)));
    }

    private static void completes(Class<? extends CaseFact> fact, ProtocolStep step) {
        STEP_TAKEN_BY.put(fact, step);
        FOLD.put(fact, (file, f) -> file.done.add(step));
    }

    /** The steps that one fact completes by itself. */
    private static final Map<Class<? extends CaseFact>, ProtocolStep> STEP_TAKEN_BY = new HashMap<>();

    static {
        on(IncidentReported.class, CaseFile::reported);
        on(DeadlinesSet.class, (file, e) -> file.dueAt.putAll(e.dueAt()));
        on(PersonLinked.class, (file, e) -> file.people.put(e.person().value(), new Person(e.person(), e.kind(), e.role())));
        on(PersonRoleChanged.class, (file, e) -> file.people.computeIfPresent(e.person().value(),
                (k, p) -> new Person(p.ref(), p.kind(), e.to())));
        on(ReportingDutyTrackOpened.class, (file, e) -> file.reportingDutyTrack = true);
        on(PerpetratorInterviewed.class, (file, e) -> file.perpetratorsInterviewed.add(e.person().value()));
        on(SanctionImposed.class, (file, e) -> {
            file.sanctioned.add(e.person().value());
            file.assessed.sanctioned(e);
        });
        on(PersonFactsRecorded.class, (file, e) -> file.assessed.recorded(e.person(), e.facts()));
        on(AssessmentDecided.class, (file, e) -> file.assessed.decided(e));
        on(SextortionTrackOpened.class, (file, e) -> file.assessed.sextortionTrackOpened());
        on(SanctionFormalityRecorded.class, (file, e) -> file.assessed.formality(e));
        on(MeldcodeStepTaken.class, (file, e) -> file.assessed.meldcodeStepTaken(e.step()));
        on(StepSkipped.class, (file, e) -> file.skipped.put(e.step(), PersonalText.shown(e.reason())));
        on(StepBecameOverdue.class, (file, e) -> file.overdue.add(e.step()));
        on(CaseClosed.class, CaseFile::closed);
        on(CaseReopened.class, (file, e) -> file.closed = false);
        on(LegalHoldPlaced.class, (file, e) -> file.legalHold = true);
        on(LegalHoldLifted.class, (file, e) -> file.legalHold = false);
        on(PersonalDataErased.class, CaseFile::erased);
        completes(VictimInterviewed.class, ProtocolStep.VICTIM_CONVERSATION);
        completes(PoliceContacted.class, ProtocolStep.POLICE_CONTACT);
        completes(VictimInformedOfReportingOption.class, ProtocolStep.REPORTING_OPTION_EXPLAINED);
        completes(EvidenceSecured.class, ProtocolStep.EVIDENCE_LOCATION);
        completes(DistributionBanIssued.class, ProtocolStep.DISTRIBUTION_BAN);
        completes(TeamBriefed.class, ProtocolStep.TEAM_BRIEFING);
        completes(SpokespersonAppointed.class, ProtocolStep.PRESS_READINESS);
        completes(BoardInformed.class, ProtocolStep.BOARD_INFORMED);
        completes(ConfidentialInspectorConsulted.class, ProtocolStep.CONFIDENTIAL_INSPECTOR_CONSULTED);
        completes(AangifteDecided.class, ProtocolStep.AANGIFTE_DECISION);
        completes(AangifteAnnounced.class, ProtocolStep.AANGIFTE_ANNOUNCED);
        completes(SextortionAdviceGiven.class, ProtocolStep.SEXTORTION_ADVICE);
        // a further distribution makes the takedown required
        on(FurtherDistributionReported.class, (file, e) -> file.care.furtherDistribution());
        on(BystanderSpokenTo.class, (file, e) -> file.care.spokenTo(e.bystander()));
        on(TakedownRequested.class, (file, e) -> file.care.takedownRequested());
        on(AftercarePlanned.class, (file, e) -> file.care.planned(e));
        on(AftercareConversationHeld.class, (file, e) -> file.care.held(e));
        // on the record, but nothing the protocol's checklist depends on
        on(SupportArranged.class, (file, e) -> { });
        on(GuardiansInformed.class, (file, e) -> { });
        on(GuardiansInvited.class, (file, e) -> { });
        on(PressStatementPrepared.class, (file, e) -> { });
        on(CaseAccessGranted.class, (file, e) -> file.granted.add(e.grantee().value()));
        on(CaseAccessRevoked.class, (file, e) -> file.granted.remove(e.grantee().value()));
    }

    private void reported(IncidentReported e) {
        reported = true;
        minorNudeInvolved = e.minorNudeInvolved();
        e.involvedPupils().forEach(p -> people.put(p.pupil().value(), new Person(p.pupil(), PersonKind.PUPIL, p.role())));
    }

    private void closed(CaseClosed e) {
        closed = true;
        e.skippedStepReasons().forEach((step, reason) -> skipped.put(step, PersonalText.shown(reason)));
    }

    private void erased(PersonalDataErased e) {
        if (e.subject() == null) {
            personalDataErased = true;
        } else {
            erasedSubjects.add(e.subject().value());
        }
    }

    /** Whether the file knows what this kind of fact changes; every fact the case can have must be known. */
    static boolean knows(Class<? extends CaseFact> fact) {
        return FOLD.containsKey(fact);
    }

    /** The checklist step a fact completes by itself, if any. */
    public static Optional<ProtocolStep> stepTakenBy(CaseFact fact) {
        return Optional.ofNullable(STEP_TAKEN_BY.get(fact.getClass()));
    }

    public boolean isReported() {
        return reported;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean minorNudeInvolved() {
        return minorNudeInvolved;
    }

    public boolean underLegalHold() {
        return legalHold;
    }

    /** Whether {@code grantee} was given access that was not revoked since. */
    public boolean holdsAccess(PersonRef grantee) {
        return grantee != null && granted.contains(grantee.value());
    }

    /** Whether the personal texts of the whole case were erased (retention). */
    public boolean personalDataErased() {
        return personalDataErased;
    }

    public boolean isErased(PersonRef subject) {
        return personalDataErased || erasedSubjects.contains(subject.value());
    }

    public boolean onReportingDutyTrack() {
        return reportingDutyTrack;
    }

    public Optional<Person> person(PersonRef ref) {
        return Optional.ofNullable(people.get(ref.value()));
    }

    public List<Person> people() {
        return List.copyOf(people.values());
    }

    public boolean hasTaken(ProtocolStep step) {
        return stateOf(step) == StepState.DONE;
    }

    /**
     * When the step fell due, if it is overdue at {@code now} and was not known to be: still open on an open case,
     * its due time reached.
     */
    public Optional<Instant> newlyOverdue(ProtocolStep step, Instant now) {
        if (closed || overdue.contains(step) || stateOf(step) != StepState.OPEN) {
            return Optional.empty();
        }
        return dueAt(step).filter(due -> !now.isBefore(due));
    }

    public boolean isOverdue(ProtocolStep step) {
        return overdue.contains(step);
    }

    public Optional<Instant> dueAt(ProtocolStep step) {
        return Optional.ofNullable(dueAt.get(step));
    }

    /** The protocol checklist, in the protocol's order. */
    public List<StepStatus> checklist() {
        List<StepStatus> lines = new ArrayList<>();
        for (ProtocolStep step : ProtocolStep.values()) {
            StepState state = stateOf(step);
            lines.add(new StepStatus(step, required(step), state, dueAt.get(step),
                    overdue.contains(step) && state == StepState.OPEN, skipped.get(step)));
        }
        return lines;
    }

    /** Required steps neither taken nor skipped with a reason: what stands between the case and its close. */
    public List<ProtocolStep> openRequiredSteps() {
        return checklist().stream().filter(s -> s.required() && s.state() == StepState.OPEN).map(StepStatus::step).toList();
    }

    private StepState stateOf(ProtocolStep step) {
        if (!applies(step)) {
            return StepState.NOT_APPLICABLE;
        }
        boolean taken = switch (step) {
            case PERPETRATOR_CONVERSATIONS -> perpetrators(false).stream().allMatch(p -> perpetratorsInterviewed.contains(p.ref().value()));
            case SANCTIONS -> perpetrators(true).stream().allMatch(p -> sanctioned.contains(p.ref().value()));
            case SUSPENSION_FORMALITIES -> assessed.suspensionFormalitiesDone();
            case EXPULSION_PROCEDURE -> assessed.expulsionProceduresDone();
            case MELDCODE -> assessed.meldcodeSteps().contains(MeldcodeStep.DECIDED);
            case BYSTANDER_CONVERSATIONS -> bystanders().stream().allMatch(care::hasSpokenTo);
            case TAKEDOWN -> care.takedownWasRequested();
            case AFTERCARE -> care.aftercareDone();
            default -> done.contains(step);
        };
        if (taken) {
            return StepState.DONE;
        }
        return skipped.containsKey(step) ? StepState.SKIPPED : StepState.OPEN;
    }

    private boolean applies(ProtocolStep step) {
        return switch (step) {
            case PERPETRATOR_CONVERSATIONS -> !perpetrators(false).isEmpty();
            case SANCTIONS -> !perpetrators(true).isEmpty();
            case SUSPENSION_FORMALITIES -> assessed.suspensionFormalitiesApply();
            case EXPULSION_PROCEDURE -> assessed.expulsionProcedureApplies();
            case SEXTORTION_ADVICE -> assessed.onSextortionTrack();
            case MELDCODE -> assessed.meldcodeApplies();
            case BYSTANDER_CONVERSATIONS -> !bystanders().isEmpty();
            case AFTERCARE -> care.anyAftercarePlanned();
            case BOARD_INFORMED, CONFIDENTIAL_INSPECTOR_CONSULTED, AANGIFTE_ANNOUNCED, AANGIFTE_DECISION -> reportingDutyTrack;
            default -> true;
        };
    }

    private boolean required(ProtocolStep step) {
        return switch (step) {
            case POLICE_CONTACT -> policeRequired();
            case REPORTING_OPTION_EXPLAINED, EVIDENCE_LOCATION -> minorNudeInvolved;
            case TAKEDOWN -> imageWasDistributed();
            // told before a report is filed: asked when the aangifte is decided, not for every board decision
            case PRESS_READINESS, AANGIFTE_ANNOUNCED -> false;
            default -> applies(step);
        };
    }

    /**
     * The people suspected of an offence: once the school leader decided an assessment, those it found suspected
     * (without the adult outsider, with whom the school has no contact); before that, those in a perpetrator role, as
     * cases recorded before the assessment existed always had it. Pupils only when the sanction step is meant (staff
     * go the board's track).
     */
    public List<Person> perpetrators(boolean pupilsOnly) {
        return people.values().stream()
                .filter(p -> isSuspected(p.ref()))
                .filter(p -> !assessed.assessed() || p.kind() != PersonKind.OUTSIDER)
                .filter(p -> !pupilsOnly || p.kind() == PersonKind.PUPIL)
                .toList();
    }

    /** Suspected by the assessment once there is one; by their role (sender, forwarder) until then. */
    public boolean isSuspected(PersonRef ref) {
        return assessed.found(ref, Finding.SUSPECTED)
                .orElseGet(() -> person(ref).map(p -> p.role().isPerpetrator()).orElse(false));
    }

    /** What the decided assessment found about the person; empty before one. */
    public Set<Finding> findingsOf(PersonRef ref) {
        return assessed.findingsOf(ref);
    }

    /** A victim by the assessment once there is one; by their role until then. */
    public boolean isVictim(PersonRef ref) {
        return assessed.found(ref, Finding.VICTIM)
                .orElseGet(() -> person(ref).map(p -> p.role() == PersonRole.VICTIM).orElse(false));
    }

    /** Whether the police must be contacted: a minor nude in the material, or a ground the assessment found. */
    public boolean policeRequired() {
        return minorNudeInvolved || !assessed.policeGrounds().isEmpty();
    }

    public Set<PoliceGround> policeGrounds() {
        return assessed.policeGrounds();
    }

    public boolean meldcodeApplies() {
        return assessed.meldcodeApplies();
    }

    public Set<MeldcodeStep> meldcodeStepsTaken() {
        return assessed.meldcodeSteps();
    }

    public boolean onSextortionTrack() {
        return assessed.onSextortionTrack();
    }

    public Map<PersonRef, PersonFacts> facts() {
        return assessed.facts();
    }

    public Optional<PersonFacts> factsOf(PersonRef ref) {
        return assessed.factsOf(ref);
    }

    /**
     * The people who received or saw the image by their facts, and are neither its victim nor suspected: the
     * bystanders, each to be told to delete it and not to pass it on.
     */
    public List<PersonRef> bystanders() {
        return assessed.facts().entrySet().stream()
                .filter(e -> e.getValue().acts().contains(Act.RECEIVED) || e.getValue().acts().contains(Act.SAW))
                .map(Map.Entry::getKey)
                .filter(ref -> !isSuspected(ref) && !isVictim(ref))
                .toList();
    }

    public boolean isBystander(PersonRef ref) {
        return bystanders().contains(ref);
    }

    /**
     * Whether the image went beyond the one it was meant for: someone forwarded it (by the facts), the assessment
     * found distribution a police ground, or a further distribution was reported.
     */
    public boolean imageWasDistributed() {
        return care.furtherDistributionReported() || policeGrounds().contains(PoliceGround.DISTRIBUTION)
                || assessed.facts().values().stream().anyMatch(f -> f.acts().contains(Act.FORWARDED));
    }

    public boolean aftercarePlannedFor(PersonRef victim) {
        return care.aftercarePlannedFor(victim);
    }

    public boolean inExpulsionProcedure(PersonRef ref) {
        return assessed.inExpulsionProcedure(ref);
    }

    /** The step of the pupil's expulsion procedure that comes next; empty when none is left (or none applies). */
    public Optional<SanctionFormality> nextExpulsionStep(PersonRef ref) {
        return assessed.nextExpulsionStep(ref);
    }

    public boolean wasSuspended(PersonRef ref) {
        return assessed.suspended(ref);
    }

    /** What a pupil's suspension still waits for before the case can close. */
    public Set<SanctionFormality> missingFormalities(PersonRef ref) {
        return assessed.missingFormalities(ref);
    }
}
