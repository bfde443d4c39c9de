package nl.schoolboard.sexting.contracts;

import nl.schoolboard.sexting.contracts.payload.AangifteAnnouncedPayload;
import nl.schoolboard.sexting.contracts.payload.AftercareConversationHeldPayload;
import nl.schoolboard.sexting.contracts.payload.AftercarePlannedPayload;
import nl.schoolboard.sexting.contracts.payload.BystanderSpokenToPayload;
import nl.schoolboard.sexting.contracts.payload.TakedownRequestedPayload;
import nl.schoolboard.sexting.contracts.payload.AangifteDecidedPayload;
import nl.schoolboard.sexting.contracts.payload.AssessmentDecidedPayload;
import nl.schoolboard.sexting.contracts.payload.MeldcodeStepTakenPayload;
import nl.schoolboard.sexting.contracts.payload.PersonFactsRecordedPayload;
import nl.schoolboard.sexting.contracts.payload.SanctionFormalityRecordedPayload;
import nl.schoolboard.sexting.contracts.payload.SextortionAdviceGivenPayload;
import nl.schoolboard.sexting.contracts.payload.SextortionTrackOpenedPayload;
import nl.schoolboard.sexting.contracts.payload.BoardInformedPayload;
import nl.schoolboard.sexting.contracts.payload.CaseAccessGrantedPayload;
import nl.schoolboard.sexting.contracts.payload.CaseAccessRevokedPayload;
import nl.schoolboard.sexting.contracts.payload.CaseClosedPayload;
import nl.schoolboard.sexting.contracts.payload.CaseEventPayload;
import nl.schoolboard.sexting.contracts.payload.CaseReopenedPayload;
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

import java.util.Arrays;
import java.util.Optional;

/**
 * Every type of case event that is published, in one place: the name on the wire ({@link CaseEvent#type()}), the
 * payload record, and the schema version of that payload. The version is per type: raise it when a type's payload
 * changes in a way an old reader cannot ignore (a field removed, renamed or given another meaning); adding a field
 * does not raise it, because readers ignore what they do not know.
 *
 * <p>Each type has a golden file, {@code golden/case-events/<name>.v<version>.json} on the classpath (see
 * {@link GoldenCaseEvents}), that the producer and the consumers test against.</p>
 */
public enum CaseEventType {

    INCIDENT_REPORTED("IncidentReported", IncidentReportedPayload.class, 1),
    DEADLINES_SET("DeadlinesSet", DeadlinesSetPayload.class, 1),
    PERSON_LINKED("PersonLinked", PersonLinkedPayload.class, 1),
    PERSON_ROLE_CHANGED("PersonRoleChanged", PersonRoleChangedPayload.class, 1),
    VICTIM_INTERVIEWED("VictimInterviewed", VictimInterviewedPayload.class, 1),
    SUPPORT_ARRANGED("SupportArranged", SupportArrangedPayload.class, 1),
    VICTIM_INFORMED_OF_REPORTING_OPTION("VictimInformedOfReportingOption",
            VictimInformedOfReportingOptionPayload.class, 1),
    PERPETRATOR_INTERVIEWED("PerpetratorInterviewed", PerpetratorInterviewedPayload.class, 1),
    SANCTION_IMPOSED("SanctionImposed", SanctionImposedPayload.class, 1),
    POLICE_CONTACTED("PoliceContacted", PoliceContactedPayload.class, 2),
    EVIDENCE_SECURED("EvidenceSecured", EvidenceSecuredPayload.class, 1),
    DISTRIBUTION_BAN_ISSUED("DistributionBanIssued", DistributionBanIssuedPayload.class, 1),
    FURTHER_DISTRIBUTION_REPORTED("FurtherDistributionReported", FurtherDistributionReportedPayload.class, 1),
    TEAM_BRIEFED("TeamBriefed", TeamBriefedPayload.class, 2),
    GUARDIANS_INFORMED("GuardiansInformed", GuardiansInformedPayload.class, 1),
    GUARDIANS_INVITED("GuardiansInvited", GuardiansInvitedPayload.class, 1),
    SPOKESPERSON_APPOINTED("SpokespersonAppointed", SpokespersonAppointedPayload.class, 1),
    PRESS_STATEMENT_PREPARED("PressStatementPrepared", PressStatementPreparedPayload.class, 1),
    REPORTING_DUTY_TRACK_OPENED("ReportingDutyTrackOpened", ReportingDutyTrackOpenedPayload.class, 1),
    BOARD_INFORMED("BoardInformed", BoardInformedPayload.class, 1),
    CONFIDENTIAL_INSPECTOR_CONSULTED("ConfidentialInspectorConsulted",
            ConfidentialInspectorConsultedPayload.class, 1),
    AANGIFTE_DECIDED("AangifteDecided", AangifteDecidedPayload.class, 1),
    STEP_SKIPPED("StepSkipped", StepSkippedPayload.class, 1),
    STEP_BECAME_OVERDUE("StepBecameOverdue", StepBecameOverduePayload.class, 1),
    CASE_CLOSED("CaseClosed", CaseClosedPayload.class, 1),
    CASE_REOPENED("CaseReopened", CaseReopenedPayload.class, 1),
    LEGAL_HOLD_PLACED("LegalHoldPlaced", LegalHoldPlacedPayload.class, 1),
    LEGAL_HOLD_LIFTED("LegalHoldLifted", LegalHoldLiftedPayload.class, 1),
    CASE_ACCESS_GRANTED("CaseAccessGranted", CaseAccessGrantedPayload.class, 1),
    CASE_ACCESS_REVOKED("CaseAccessRevoked", CaseAccessRevokedPayload.class, 1),
    PERSONAL_DATA_ERASED("PersonalDataErased", PersonalDataErasedPayload.class, 1),
    PERSON_FACTS_RECORDED("PersonFactsRecorded", PersonFactsRecordedPayload.class, 1),
    ASSESSMENT_DECIDED("AssessmentDecided", AssessmentDecidedPayload.class, 1),
    SEXTORTION_TRACK_OPENED("SextortionTrackOpened", SextortionTrackOpenedPayload.class, 1),
    SEXTORTION_ADVICE_GIVEN("SextortionAdviceGiven", SextortionAdviceGivenPayload.class, 1),
    AANGIFTE_ANNOUNCED("AangifteAnnounced", AangifteAnnouncedPayload.class, 1),
    SANCTION_FORMALITY_RECORDED("SanctionFormalityRecorded", SanctionFormalityRecordedPayload.class, 1),
    MELDCODE_STEP_TAKEN("MeldcodeStepTaken", MeldcodeStepTakenPayload.class, 1),
    BYSTANDER_SPOKEN_TO("BystanderSpokenTo", BystanderSpokenToPayload.class, 1),
    TAKEDOWN_REQUESTED("TakedownRequested", TakedownRequestedPayload.class, 1),
    AFTERCARE_PLANNED("AftercarePlanned", AftercarePlannedPayload.class, 1),
    AFTERCARE_CONVERSATION_HELD("AftercareConversationHeld", AftercareConversationHeldPayload.class, 1);

    private final String typeName;
    private final Class<? extends CaseEventPayload> payloadType;
    private final int schemaVersion;

    CaseEventType(String typeName, Class<? extends CaseEventPayload> payloadType, int schemaVersion) {
        this.typeName = typeName;
        this.payloadType = payloadType;
        this.schemaVersion = schemaVersion;
    }

    /** The name on the wire, {@link CaseEvent#type()}. */
    public String typeName() {
        return typeName;
    }

    public Class<? extends CaseEventPayload> payloadType() {
        return payloadType;
    }

    /** The version {@link CaseEvent#schemaVersion()} carries for this type. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Whether {@code event} is of this type; a consumer dispatches on this. */
    public boolean is(CaseEvent event) {
        return typeName.equals(event.type());
    }

    /** The type published with {@code payloadType}. */
    public static CaseEventType of(Class<? extends CaseEventPayload> payloadType) {
        return Arrays.stream(values())
                .filter(type -> type.payloadType.equals(payloadType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        payloadType.getSimpleName() + " is not the payload of a published case event"));
    }

    /** The type with this name on the wire; empty for a type this version of the contract does not know. */
    public static Optional<CaseEventType> named(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }
}
