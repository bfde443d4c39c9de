package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import java.time.Instant;

/**
 * A domain event of the incident case: something that happened, on a given moment, to one case.
 *
 * <p>Sealed: these are all the facts a case can have, so that whoever folds them ({@code CaseFile}, the projections,
 * the relay) can be checked to know every one of them (Java 17 has no exhaustive switch over types yet; the tests
 * walk {@link Class#getPermittedSubclasses()} instead). A new fact is added here, and the tests say where else.</p>
 */
public sealed interface CaseFact permits
        AangifteAnnounced,
        AangifteDecided,
        AftercareConversationHeld,
        AftercarePlanned,
        AssessmentDecided,
        BoardInformed,
        BystanderSpokenTo,
        CaseAccessGranted,
        CaseAccessRevoked,
        CaseClosed,
        CaseReopened,
        ConfidentialInspectorConsulted,
        DeadlinesSet,
        DistributionBanIssued,
        EvidenceSecured,
        FurtherDistributionReported,
        GuardiansInformed,
        GuardiansInvited,
        IncidentReported,
        LegalHoldLifted,
        LegalHoldPlaced,
        MeldcodeStepTaken,
        PerpetratorInterviewed,
        PersonFactsRecorded,
        PersonLinked,
        PersonRoleChanged,
        PersonalDataErased,
        PoliceContacted,
        PressStatementPrepared,
        ReportingDutyTrackOpened,
        SanctionFormalityRecorded,
        SanctionImposed,
        SextortionAdviceGiven,
        SextortionTrackOpened,
        SpokespersonAppointed,
        StepBecameOverdue,
        StepSkipped,
        SupportArranged,
        TakedownRequested,
        TeamBriefed,
        VictimInformedOfReportingOption,
        VictimInterviewed {

    CaseId caseId();

    /** When it happened in the world, as the user told us. The moment it was recorded is the event's timestamp. */
    Instant occurredAt();
}
