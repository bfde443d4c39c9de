package nl.schoolboard.sexting.caseservice.relay;

import nl.schoolboard.sexting.caseservice.incident.event.AftercareConversationHeld;
import nl.schoolboard.sexting.caseservice.incident.event.AftercarePlanned;
import nl.schoolboard.sexting.caseservice.incident.event.BystanderSpokenTo;
import nl.schoolboard.sexting.caseservice.incident.event.TakedownRequested;
import nl.schoolboard.sexting.caseservice.incident.voice.TakedownChannel;
import nl.schoolboard.sexting.caseservice.incident.voice.TakedownOutcome;
import nl.schoolboard.sexting.caseservice.incident.voice.DiscussionWish;
import nl.schoolboard.sexting.caseservice.incident.voice.ReportWish;
import nl.schoolboard.sexting.caseservice.actor.MetaDataKeys;
import nl.schoolboard.sexting.caseservice.incident.event.AangifteDecided;
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
import nl.schoolboard.sexting.caseservice.incident.model.ConversationPlace;
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
import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.CameToLight;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ErasureReason;
import nl.schoolboard.sexting.caseservice.incident.model.GuardianFact;
import nl.schoolboard.sexting.caseservice.incident.model.InvolvedPupil;
import nl.schoolboard.sexting.caseservice.incident.model.MaterialKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.model.Reporter;
import nl.schoolboard.sexting.caseservice.incident.model.SchoolId;
import nl.schoolboard.sexting.caseservice.incident.model.Values;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schoolboard.sexting.caseservice.incident.event.AangifteAnnounced;
import nl.schoolboard.sexting.caseservice.incident.event.AssessmentDecided;
import nl.schoolboard.sexting.caseservice.incident.event.PersonFactsRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionFormalityRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SextortionAdviceGiven;
import nl.schoolboard.sexting.caseservice.incident.event.SextortionTrackOpened;
import nl.schoolboard.sexting.caseservice.incident.event.MeldcodeStepTaken;
import nl.schoolboard.sexting.caseservice.incident.people.Act;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeDecision;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.people.Affiliation;
import nl.schoolboard.sexting.caseservice.incident.people.Finding;
import nl.schoolboard.sexting.caseservice.incident.people.HelpSite;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFinding;
import nl.schoolboard.sexting.caseservice.incident.people.PoliceGround;
import nl.schoolboard.sexting.caseservice.incident.people.SanctionFormality;
import nl.schoolboard.sexting.caseservice.incident.people.Sector;

/**
 * One stored case fact of every kind, filled in the way a school would, with every text field written so that a
 * text that leaked onto the contract would show up in the golden file. The envelope around each (ids, board,
 * school, actor, correlation) is the same for all, so that the golden files differ only where the types differ.
 */
final class CaseFactSamples {

    static final String EVENT_ID = "3f6c1e7a-2b4d-4c8e-9a1f-5d7e8b9c0a12";
    static final CaseId CASE = new CaseId("7d2f4a10-8c3b-4e5f-a6b7-c8d9e0f1a2b3");
    static final Instant OCCURRED_AT = Instant.parse("2026-11-20T09:15:00Z");
    static final Instant RECORDED_AT = Instant.parse("2026-11-20T09:20:00Z");
    static final long CASE_VERSION = 4;

    private static final PersonRef VICTIM = new PersonRef("P-1001");
    private static final PersonRef SENDER = new PersonRef("P-1002");
    private static final PersonRef MENTOR = new PersonRef("S-201");
    private static final PersonRef TEACHER = new PersonRef("S-202");

    private CaseFactSamples() {
    }

    /** One fact of every type the case publishes. */
    static List<CaseFact> all() {
        Map<ProtocolStep, Instant> dueAt = new EnumMap<>(ProtocolStep.class);
        dueAt.put(ProtocolStep.VICTIM_CONVERSATION, Instant.parse("2026-11-21T09:15:00Z"));
        dueAt.put(ProtocolStep.POLICE_CONTACT, Instant.parse("2026-11-20T21:15:00Z"));
        Map<ProtocolStep, PersonalText> skipped = new EnumMap<>(ProtocolStep.class);
        skipped.put(ProtocolStep.SANCTIONS, text("geen dader bekend"));
        skipped.put(ProtocolStep.PRESS_READINESS, text("geen pers"));
        return List.of(
                new IncidentReported(CASE, new BoardId("board-1"), new SchoolId("school-1"), OCCURRED_AT,
                        CameToLight.PUPIL_TOLD_STAFF, MaterialKind.PHOTO,
                        new LinkedHashSet<>(List.of(Platform.SNAPCHAT, Platform.INSTAGRAM)), true,
                        List.of(new InvolvedPupil(VICTIM, PersonRole.VICTIM),
                                new InvolvedPupil(SENDER, PersonRole.SENDER)),
                        List.of("3", "havo 4"), new Reporter("user-7", "CARE_COORDINATOR")),
                new DeadlinesSet(CASE, OCCURRED_AT, dueAt),
                new PersonLinked(CASE, OCCURRED_AT, SENDER, PersonKind.PUPIL, PersonRole.FORWARDER),
                new PersonRoleChanged(CASE, OCCURRED_AT, SENDER, PersonRole.FORWARDER, PersonRole.SENDER,
                        about(SENDER, "heeft het zelf gemaakt")),
                new VictimInterviewed(CASE, OCCURRED_AT, VICTIM, true, List.of(ConversationRole.CARE_COORDINATOR, ConversationRole.MENTOR),
                        about(VICTIM, "bang dat het verder gaat"), true, about(VICTIM, "we spreken de klas aan")),
                new SupportArranged(CASE, OCCURRED_AT, Values.SupportRecipient.VICTIM, Values.SupportKind.GGD),
                new VictimInformedOfReportingOption(CASE, OCCURRED_AT, true),
                new PerpetratorInterviewed(CASE, OCCURRED_AT, SENDER, true, false, true,
                        about(SENDER, "zegt dat het een grap was")),
                new SanctionImposed(CASE, OCCURRED_AT, SENDER, Values.SanctionKind.SUSPENSION,
                        LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-25"), about(SENDER, "verspreiding")),
                new PoliceContacted(CASE, OCCURRED_AT, Values.PoliceDecision.MELDING, ConversationRole.SCHOOL_LEADER, "PL09-123", ReportWish.DOES_NOT_WANT, ReportWish.WANTS_REPORT),
                new EvidenceSecured(CASE, OCCURRED_AT, Values.EvidenceLocation.WITH_POLICE),
                new DistributionBanIssued(CASE, OCCURRED_AT, Values.BanScope.YEAR_GROUP, true),
                new FurtherDistributionReported(CASE, OCCURRED_AT, SENDER, about(SENDER, "weer doorgestuurd")),
                new TeamBriefed(CASE, OCCURRED_AT, List.of(MENTOR, TEACHER), text("wat er speelt in 3B"), false,
                        Values.ClassDiscussion.CLASS_LESSON, MENTOR, DiscussionWish.OBJECTS, DiscussionWish.AGREES,
                        text("de klas weet het al; rust in de klas")),
                new GuardiansInformed(CASE, OCCURRED_AT, VICTIM, GuardianFact.MEASURES_TAKEN),
                new GuardiansInvited(CASE, OCCURRED_AT, VICTIM, Instant.parse("2026-11-24T14:30:00Z"),
                        ConversationPlace.AT_SCHOOL, List.of(ConversationRole.MENTOR, ConversationRole.CARE_COORDINATOR)),
                new SpokespersonAppointed(CASE, OCCURRED_AT, MENTOR),
                new PressStatementPrepared(CASE, OCCURRED_AT, "De school heeft maatregelen genomen.", ConversationRole.SCHOOL_LEADER),
                new ReportingDutyTrackOpened(CASE, OCCURRED_AT, TEACHER),
                new BoardInformed(CASE, OCCURRED_AT),
                new ConfidentialInspectorConsulted(CASE, OCCURRED_AT),
                new AangifteDecided(CASE, OCCURRED_AT, true, text("strafbaar feit")),
                new StepSkipped(CASE, OCCURRED_AT, ProtocolStep.PRESS_READINESS, text("geen aandacht van de pers")),
                new StepBecameOverdue(CASE, ProtocolStep.VICTIM_CONVERSATION, Instant.parse("2026-11-21T09:15:00Z")),
                new CaseClosed(CASE, OCCURRED_AT, Values.Outcome.RESOLVED, text("goed afgerond"), skipped),
                new CaseReopened(CASE, OCCURRED_AT, text("nieuwe beelden")),
                new LegalHoldPlaced(CASE, OCCURRED_AT, text("politieonderzoek")),
                new LegalHoldLifted(CASE, OCCURRED_AT, text("onderzoek afgerond")),
                new CaseAccessGranted(CASE, OCCURRED_AT, TEACHER, Instant.parse("2026-12-20T09:15:00Z")),
                new CaseAccessRevoked(CASE, OCCURRED_AT, TEACHER),
                new PersonalDataErased(CASE, OCCURRED_AT, SENDER, ErasureReason.SUBJECT_REQUEST),
                new PersonFactsRecorded(CASE, OCCURRED_AT, VICTIM, new PersonFacts(
                        new LinkedHashSet<>(List.of(Act.PICTURED, Act.MADE_IMAGE, Act.SHARED)), true, true, List.of(SENDER),
                        15, null, Affiliation.PUPIL_OF_THIS_SCHOOL, Sector.VO), about(VICTIM, "zij vertelde het later")),
                new AssessmentDecided(CASE, OCCURRED_AT,
                        List.of(new PersonFinding(VICTIM, Set.of(Finding.VICTIM, Finding.WITHIN_PEER_EXCEPTION)),
                                new PersonFinding(SENDER, Set.of(Finding.SUSPECTED))),
                        List.of(new PersonFinding(VICTIM, Set.of(Finding.VICTIM, Finding.WITHIN_PEER_EXCEPTION)),
                                new PersonFinding(SENDER, Set.of(Finding.SUSPECTED))),
                        Set.of(PoliceGround.DISTRIBUTION), false, text("zoals voorgesteld")),
                new SextortionTrackOpened(CASE, OCCURRED_AT),
                new SextortionAdviceGiven(CASE, OCCURRED_AT, true, true, Set.of(HelpSite.HELPWANTED, HelpSite.TAKE_IT_DOWN)),
                new AangifteAnnounced(CASE, OCCURRED_AT, true, true),
                new SanctionFormalityRecorded(CASE, OCCURRED_AT, SENDER, SanctionFormality.INSPECTIE_NOTIFIED),
                new MeldcodeStepTaken(CASE, OCCURRED_AT, MeldcodeStep.DECIDED, ConversationRole.AANDACHTSFUNCTIONARIS, true,
                        MeldcodeDecision.REPORT_AND_HELP),
                new BystanderSpokenTo(CASE, OCCURRED_AT, new PersonRef("P-1003"), true, true),
                new TakedownRequested(CASE, OCCURRED_AT, TakedownChannel.HELPWANTED, TakedownOutcome.REMOVED),
                new AftercarePlanned(CASE, OCCURRED_AT, VICTIM,
                        List.of(Instant.parse("2026-11-27T09:15:00Z"), Instant.parse("2026-12-18T09:15:00Z"))),
                new AftercareConversationHeld(CASE, OCCURRED_AT, VICTIM, about(VICTIM, "slaapt weer beter")));
    }

    /** The fact as the relay receives it from the event store, in the one envelope all samples share. */
    static DomainEventMessage<CaseFact> stored(CaseFact fact) {
        return new GenericDomainEventMessage<>("IncidentCase", CASE.value(), CASE_VERSION, fact, Map.of(
                MetaDataKeys.BOARD_ID, "board-1",
                MetaDataKeys.SCHOOL_ID, "school-1",
                MetaDataKeys.ACTOR_ID, "user-7",
                MetaDataKeys.ACTOR_ROLE, "CARE_COORDINATOR",
                MetaDataKeys.REQUEST_CORRELATION_ID, "corr-42"), EVENT_ID, RECORDED_AT);
    }

    private static PersonalText text(String words) {
        return PersonalText.aboutCase(CASE, words);
    }

    private static PersonalText about(PersonRef person, String words) {
        return PersonalText.about(CASE, person, words);
    }
}
