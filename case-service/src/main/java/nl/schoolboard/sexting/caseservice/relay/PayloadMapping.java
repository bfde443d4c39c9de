package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.incident.event.AangifteAnnounced;
import nl.schoolboard.sexting.caseservice.incident.event.AftercareConversationHeld;
import nl.schoolboard.sexting.caseservice.incident.event.AftercarePlanned;
import nl.schoolboard.sexting.caseservice.incident.event.BystanderSpokenTo;
import nl.schoolboard.sexting.caseservice.incident.event.TakedownRequested;
import nl.schoolboard.sexting.contracts.payload.AftercareConversationHeldPayload;
import nl.schoolboard.sexting.contracts.payload.AftercarePlannedPayload;
import nl.schoolboard.sexting.contracts.payload.BystanderSpokenToPayload;
import nl.schoolboard.sexting.contracts.payload.TakedownRequestedPayload;
import nl.schoolboard.sexting.caseservice.incident.event.AangifteDecided;
import nl.schoolboard.sexting.caseservice.incident.event.AssessmentDecided;
import nl.schoolboard.sexting.caseservice.incident.event.MeldcodeStepTaken;
import nl.schoolboard.sexting.caseservice.incident.event.PersonFactsRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionFormalityRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SextortionAdviceGiven;
import nl.schoolboard.sexting.caseservice.incident.event.SextortionTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFinding;
import nl.schoolboard.sexting.contracts.payload.AangifteAnnouncedPayload;
import nl.schoolboard.sexting.contracts.payload.AssessmentDecidedPayload;
import nl.schoolboard.sexting.contracts.payload.MeldcodeStepTakenPayload;
import nl.schoolboard.sexting.contracts.payload.PersonFactsRecordedPayload;
import nl.schoolboard.sexting.contracts.payload.SanctionFormalityRecordedPayload;
import nl.schoolboard.sexting.contracts.payload.SextortionAdviceGivenPayload;
import nl.schoolboard.sexting.contracts.payload.SextortionTrackOpenedPayload;
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
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.contracts.payload.AangifteDecidedPayload;
import nl.schoolboard.sexting.contracts.payload.BoardInformedPayload;
import nl.schoolboard.sexting.contracts.payload.CaseAccessGrantedPayload;
import nl.schoolboard.sexting.contracts.payload.CaseAccessRevokedPayload;
import nl.schoolboard.sexting.contracts.payload.CaseClosedPayload;
import nl.schoolboard.sexting.contracts.payload.CaseEventPayload;
import nl.schoolboard.sexting.contracts.payload.CaseReopenedPayload;
import nl.schoolboard.sexting.contracts.payload.Code;
import nl.schoolboard.sexting.contracts.payload.ConfidentialInspectorConsultedPayload;
import nl.schoolboard.sexting.contracts.payload.DeadlinesSetPayload;
import nl.schoolboard.sexting.contracts.payload.DistributionBanIssuedPayload;
import nl.schoolboard.sexting.contracts.payload.EvidenceSecuredPayload;
import nl.schoolboard.sexting.contracts.payload.FurtherDistributionReportedPayload;
import nl.schoolboard.sexting.contracts.payload.GuardiansInformedPayload;
import nl.schoolboard.sexting.contracts.payload.GuardiansInvitedPayload;
import nl.schoolboard.sexting.contracts.payload.IncidentReportedPayload;
import nl.schoolboard.sexting.contracts.payload.LegalHoldLiftedPayload;
import nl.schoolboard.sexting.contracts.payload.LegalHoldPlacedPayload;
import nl.schoolboard.sexting.contracts.payload.PerpetratorInterviewedPayload;
import nl.schoolboard.sexting.contracts.payload.PersonLinkedPayload;
import nl.schoolboard.sexting.contracts.payload.PersonReference;
import nl.schoolboard.sexting.contracts.payload.PersonRoleChangedPayload;
import nl.schoolboard.sexting.contracts.payload.PersonalDataErasedPayload;
import nl.schoolboard.sexting.contracts.payload.PoliceContactedPayload;
import nl.schoolboard.sexting.contracts.payload.PressStatementPreparedPayload;
import nl.schoolboard.sexting.contracts.payload.ReportingDutyTrackOpenedPayload;
import nl.schoolboard.sexting.contracts.payload.SanctionImposedPayload;
import nl.schoolboard.sexting.contracts.payload.SpokespersonAppointedPayload;
import nl.schoolboard.sexting.contracts.payload.StepBecameOverduePayload;
import nl.schoolboard.sexting.contracts.payload.StepSkippedPayload;
import nl.schoolboard.sexting.contracts.payload.SupportArrangedPayload;
import nl.schoolboard.sexting.contracts.payload.TeamBriefedPayload;
import nl.schoolboard.sexting.contracts.payload.VictimInformedOfReportingOptionPayload;
import nl.schoolboard.sexting.contracts.payload.VictimInterviewedPayload;
import nl.schoolboard.sexting.contracts.payload.YearGroup;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What of each case fact other services may know, written out type by type: a fact maps to the payload of its
 * published type, field by field, so that renaming a field of a stored event cannot change the contract (the
 * compiler or the golden files say so). The words someone wrote ({@code PersonalText}) and free text such as a
 * police reference are not mapped: the payload types have no place for them.
 *
 * <p>A new kind of fact needs a line here before it can be published; until then the relay refuses it, and
 * {@code PayloadMappingTest} fails for it.</p>
 */
final class PayloadMapping {

    private static final Map<Class<? extends CaseFact>, Function<CaseFact, CaseEventPayload>> BY_FACT = new HashMap<>();

    static {
        map(IncidentReported.class, e -> new IncidentReportedPayload(e.cameToLightAt(), code(e.cameToLightHow()),
                code(e.materialKind()), e.platforms().stream().map(Enum::name).sorted().map(Code::new).toList(),
                e.minorNudeInvolved(), e.involvedPupils().stream().map(PayloadMapping::involved).toList(),
                e.yearGroups().stream().map(YearGroup::new).toList()));
        map(DeadlinesSet.class, e -> new DeadlinesSetPayload(perStep(e.dueAt())));
        map(PersonLinked.class, e -> new PersonLinkedPayload(ref(e.person()), code(e.kind()), code(e.role())));
        map(PersonRoleChanged.class, e -> new PersonRoleChangedPayload(ref(e.person()), code(e.from()), code(e.to())));
        map(VictimInterviewed.class, e -> new VictimInterviewedPayload(ref(e.victim()), e.parentsPresent(),
                roles(e.attendeeRoles()), e.perpetratorsKnown()));
        map(SupportArranged.class, e -> new SupportArrangedPayload(code(e.recipient()), code(e.kind())));
        map(VictimInformedOfReportingOption.class,
                e -> new VictimInformedOfReportingOptionPayload(e.parentsInformed()));
        map(PerpetratorInterviewed.class, e -> new PerpetratorInterviewedPayload(ref(e.person()), e.pupil(),
                e.parentsPresent(), e.offenceExplained()));
        map(SanctionImposed.class, e -> new SanctionImposedPayload(ref(e.person()), code(e.kind()), e.from(),
                e.until()));
        map(PoliceContacted.class, e -> new PoliceContactedPayload(code(e.decision()), role(e.decidedByRole()),
                code(e.victimWish()), code(e.parentsWish())));
        map(EvidenceSecured.class, e -> new EvidenceSecuredPayload(code(e.location())));
        map(DistributionBanIssued.class, e -> new DistributionBanIssuedPayload(code(e.scope()),
                e.sanctionAnnounced()));
        map(FurtherDistributionReported.class, e -> new FurtherDistributionReportedPayload(ref(e.person())));
        map(TeamBriefed.class, e -> new TeamBriefedPayload(refs(e.staff()), e.namesShared(),
                code(e.classDiscussion()), ref(e.discussionLead()), code(e.victimWish()), code(e.parentsWish())));
        map(GuardiansInformed.class, e -> new GuardiansInformedPayload(ref(e.pupil()), code(e.fact())));
        map(GuardiansInvited.class, e -> new GuardiansInvitedPayload(ref(e.pupil()), e.conversationAt(),
                code(e.place()), e.hosts().stream().map(PayloadMapping::code).toList()));
        map(SpokespersonAppointed.class, e -> new SpokespersonAppointedPayload(ref(e.staffMember())));
        map(PressStatementPrepared.class, e -> new PressStatementPreparedPayload(role(e.approvedByRole())));
        map(ReportingDutyTrackOpened.class, e -> new ReportingDutyTrackOpenedPayload(ref(e.staffMember())));
        map(BoardInformed.class, e -> new BoardInformedPayload());
        map(ConfidentialInspectorConsulted.class, e -> new ConfidentialInspectorConsultedPayload());
        map(AangifteDecided.class, e -> new AangifteDecidedPayload(e.aangifteFiled()));
        map(StepSkipped.class, e -> new StepSkippedPayload(code(e.step())));
        map(StepBecameOverdue.class, e -> new StepBecameOverduePayload(code(e.step()), e.dueAt()));
        map(CaseClosed.class, e -> new CaseClosedPayload(code(e.outcome()), steps(e.skippedStepReasons())));
        map(CaseReopened.class, e -> new CaseReopenedPayload());
        map(LegalHoldPlaced.class, e -> new LegalHoldPlacedPayload());
        map(LegalHoldLifted.class, e -> new LegalHoldLiftedPayload());
        map(CaseAccessGranted.class, e -> new CaseAccessGrantedPayload(ref(e.grantee()), e.until()));
        map(CaseAccessRevoked.class, e -> new CaseAccessRevokedPayload(ref(e.grantee())));
        map(PersonalDataErased.class, e -> new PersonalDataErasedPayload(ref(e.subject()), code(e.reason())));
        map(PersonFactsRecorded.class, e -> new PersonFactsRecordedPayload(ref(e.person()), codes(e.facts().acts()),
                e.facts().madeVoluntarily(), e.facts().sharedVoluntarily(), refs(e.facts().sharedWith()),
                e.facts().age(), code(e.facts().ageBand()), code(e.facts().affiliation()), code(e.facts().sector())));
        map(AssessmentDecided.class, e -> new AssessmentDecidedPayload(findings(e.proposed()), findings(e.decided()),
                codes(e.policeGrounds()), e.meldcodeApplies()));
        map(SextortionTrackOpened.class, e -> new SextortionTrackOpenedPayload());
        map(SextortionAdviceGiven.class, e -> new SextortionAdviceGivenPayload(e.evidenceKeptWithVictim(),
                e.noContactWithExtorter(), codes(e.helpSites())));
        map(AangifteAnnounced.class, e -> new AangifteAnnouncedPayload(e.staffMemberTold(), e.parentsTold()));
        map(SanctionFormalityRecorded.class, e -> new SanctionFormalityRecordedPayload(ref(e.person()),
                code(e.formality())));
        map(MeldcodeStepTaken.class, e -> new MeldcodeStepTakenPayload(code(e.step()), role(e.byRole()),
                e.veiligThuisConsulted(), code(e.decision())));
        map(BystanderSpokenTo.class, e -> new BystanderSpokenToPayload(ref(e.bystander()), e.toldToDelete(),
                e.toldNotToShare()));
        map(TakedownRequested.class, e -> new TakedownRequestedPayload(code(e.reportedTo()), code(e.outcome())));
        map(AftercarePlanned.class, e -> new AftercarePlannedPayload(ref(e.victim()), List.copyOf(e.conversationsDue())));
        map(AftercareConversationHeld.class, e -> new AftercareConversationHeldPayload(ref(e.victim())));
    }

    private PayloadMapping() {
    }

    /** The published payload of {@code fact}. */
    static CaseEventPayload payloadOf(CaseFact fact) {
        Function<CaseFact, CaseEventPayload> mapping = BY_FACT.get(fact.getClass());
        if (mapping == null) {
            throw new IllegalStateException(fact.getClass().getSimpleName() + " has no published payload; decide "
                    + "what of it other services may know and map it in " + PayloadMapping.class.getSimpleName());
        }
        return mapping.apply(fact);
    }

    /** The kinds of fact that are published. */
    static Set<Class<? extends CaseFact>> mappedFacts() {
        return Set.copyOf(BY_FACT.keySet());
    }

    private static <F extends CaseFact> void map(Class<F> fact, Function<F, CaseEventPayload> mapping) {
        BY_FACT.put(fact, any -> mapping.apply(fact.cast(any)));
    }

    private static Code code(Enum<?> constant) {
        return constant == null ? null : Code.of(constant);
    }

    private static PersonReference ref(PersonRef person) {
        return person == null ? null : new PersonReference(person.value());
    }

    private static List<PersonReference> refs(Collection<PersonRef> people) {
        return people == null ? List.of() : people.stream().map(PayloadMapping::ref).toList();
    }

    /** A set of codes, sorted by name so that the same set is always published the same way. */
    private static List<Code> codes(Collection<? extends Enum<?>> constants) {
        return constants == null ? List.of()
                : constants.stream().map(Enum::name).sorted().map(Code::new).toList();
    }

    private static List<AssessmentDecidedPayload.PersonFindingPayload> findings(List<PersonFinding> found) {
        return found == null ? List.of() : found.stream()
                .map(f -> new AssessmentDecidedPayload.PersonFindingPayload(ref(f.person()), codes(f.findings())))
                .toList();
    }

    private static IncidentReportedPayload.InvolvedPupil involved(InvolvedPupil pupil) {
        return new IncidentReportedPayload.InvolvedPupil(ref(pupil.pupil()), code(pupil.role()));
    }

    /**
     * A role as a code. {@code OTHER} stands for words an old event held before roles were codes: published as
     * absent, as the contract has always said of a role recorded as words.
     */
    private static Code role(ConversationRole recorded) {
        return recorded == null || recorded == ConversationRole.OTHER ? null : code(recorded);
    }

    private static List<Code> roles(List<ConversationRole> recorded) {
        return recorded == null ? List.of()
                : recorded.stream().map(PayloadMapping::role).filter(java.util.Objects::nonNull).toList();
    }

    /** The steps of a map keyed by step, in protocol order; what the map holds per step is not published. */
    private static List<Code> steps(Map<ProtocolStep, ?> perStep) {
        return perStep == null ? List.of() : perStep.keySet().stream().sorted().map(PayloadMapping::code).toList();
    }

    private static Map<Code, Instant> perStep(Map<ProtocolStep, Instant> dueAt) {
        Map<Code, Instant> published = new LinkedHashMap<>();
        if (dueAt != null) {
            dueAt.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .forEach(due -> published.put(code(due.getKey()), due.getValue()));
        }
        return published;
    }
}
