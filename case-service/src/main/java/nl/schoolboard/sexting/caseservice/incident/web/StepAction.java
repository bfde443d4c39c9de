package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.incident.command.AnnounceAangifte;
import nl.schoolboard.sexting.caseservice.incident.command.HoldAftercareConversation;
import nl.schoolboard.sexting.caseservice.incident.command.RecordTakedown;
import nl.schoolboard.sexting.caseservice.incident.command.SpeakToBystander;
import nl.schoolboard.sexting.caseservice.incident.command.AppointSpokesperson;
import nl.schoolboard.sexting.caseservice.incident.command.DecideOnAssessment;
import nl.schoolboard.sexting.caseservice.incident.command.GiveSextortionAdvice;
import nl.schoolboard.sexting.caseservice.incident.command.RecordPersonFacts;
import nl.schoolboard.sexting.caseservice.incident.command.RecordSanctionFormality;
import nl.schoolboard.sexting.caseservice.incident.command.TakeMeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.command.ArrangeSupport;
import nl.schoolboard.sexting.caseservice.incident.command.BriefTeam;
import nl.schoolboard.sexting.caseservice.incident.command.ChangePersonRole;
import nl.schoolboard.sexting.caseservice.incident.command.CloseCase;
import nl.schoolboard.sexting.caseservice.incident.command.ConsultConfidentialInspector;
import nl.schoolboard.sexting.caseservice.incident.command.ContactPolice;
import nl.schoolboard.sexting.caseservice.incident.command.DecideOnAangifte;
import nl.schoolboard.sexting.caseservice.incident.command.ImposeSanction;
import nl.schoolboard.sexting.caseservice.incident.command.InformBoard;
import nl.schoolboard.sexting.caseservice.incident.command.InformGuardians;
import nl.schoolboard.sexting.caseservice.incident.command.InviteGuardians;
import nl.schoolboard.sexting.caseservice.incident.command.InformVictimOfReportingOption;
import nl.schoolboard.sexting.caseservice.incident.command.InterviewPerpetrator;
import nl.schoolboard.sexting.caseservice.incident.command.InterviewVictim;
import nl.schoolboard.sexting.caseservice.incident.command.IssueDistributionBan;
import nl.schoolboard.sexting.caseservice.incident.command.LinkPerson;
import nl.schoolboard.sexting.caseservice.incident.command.PreparePressStatement;
import nl.schoolboard.sexting.caseservice.incident.command.RecordEvidenceLocation;
import nl.schoolboard.sexting.caseservice.incident.command.ReopenCase;
import nl.schoolboard.sexting.caseservice.incident.command.ReportFurtherDistribution;
import nl.schoolboard.sexting.caseservice.incident.command.SkipStep;
import nl.schoolboard.sexting.caseservice.incident.command.StepCommand;

import nl.schoolboard.sexting.platform.identity.StaffRole;
import nl.schoolboard.sexting.caseservice.incident.command.GrantCaseAccess;
import nl.schoolboard.sexting.caseservice.incident.command.RevokeCaseAccess;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;

/**
 * The protocol's steps as resources under a case: {@code POST /api/cases/{caseId}/{path}} with the command's
 * fields as JSON. The path names what the school did, in the protocol's order.
 */
enum StepAction {

    LINK_PERSON("people", LinkPerson.class, Roles.CASE_WORKERS),
    CHANGE_ROLE("role-changes", ChangePersonRole.class, Roles.CASE_WORKERS),
    PERSON_FACTS("person-facts", RecordPersonFacts.class, Roles.CASE_WORKERS),
    ASSESSMENT("assessment", DecideOnAssessment.class, Roles.LEADER),
    VICTIM_CONVERSATION("victim-conversation", InterviewVictim.class, Roles.CASE_WORKERS),
    SUPPORT("support", ArrangeSupport.class, Roles.CASE_WORKERS),
    PERPETRATOR_CONVERSATION("perpetrator-conversations", InterviewPerpetrator.class, Roles.CASE_WORKERS),
    SANCTION("sanctions", ImposeSanction.class, Roles.LEADER),
    SANCTION_FORMALITY("sanction-formalities", RecordSanctionFormality.class, Roles.LEADER),
    POLICE_CONTACT("police-contact", ContactPolice.class, Roles.LEADER),
    SEXTORTION_ADVICE("sextortion-advice", GiveSextortionAdvice.class, Roles.CASE_WORKERS),
    MELDCODE_STEP("meldcode-steps", TakeMeldcodeStep.class, Roles.CASE_WORKERS),
    REPORTING_OPTION("reporting-option", InformVictimOfReportingOption.class, Roles.CASE_WORKERS),
    EVIDENCE_LOCATION("evidence-location", RecordEvidenceLocation.class, Roles.CASE_WORKERS),
    DISTRIBUTION_BAN("distribution-ban", IssueDistributionBan.class, Roles.LEADER),
    BYSTANDER_CONVERSATION("bystander-conversations", SpeakToBystander.class, Roles.CASE_WORKERS),
    TAKEDOWN("takedown", RecordTakedown.class, Roles.CASE_WORKERS),
    AFTERCARE_CONVERSATION("aftercare-conversations", HoldAftercareConversation.class, Roles.CASE_WORKERS),
    FURTHER_DISTRIBUTION("further-distribution", ReportFurtherDistribution.class, Roles.CASE_WORKERS),
    TEAM_BRIEFING("team-briefing", BriefTeam.class, Roles.LEADER),
    SPOKESPERSON("spokesperson", AppointSpokesperson.class, Roles.LEADER),
    PRESS_STATEMENT("press-statement", PreparePressStatement.class, Roles.LEADER),
    SKIPPED_STEP("skipped-steps", SkipStep.class, Roles.LEADER),
    BOARD_INFORMED("board-informed", InformBoard.class, Roles.LEADER_OR_BOARD),
    CONFIDENTIAL_INSPECTOR("confidential-inspector-consulted", ConsultConfidentialInspector.class, Roles.BOARD),
    AANGIFTE_ANNOUNCED("aangifte-announced", AnnounceAangifte.class, Roles.BOARD),
    AANGIFTE_DECISION("aangifte-decision", DecideOnAangifte.class, Roles.BOARD),
    GUARDIANS_INFORMED("guardians-informed", InformGuardians.class, Roles.CASE_WORKERS),
    GUARDIANS_INVITATION("guardians-invitation", InviteGuardians.class, Roles.CASE_WORKERS),
    CLOSE("close", CloseCase.class, Roles.LEADER),
    REOPEN("reopen", ReopenCase.class, Roles.LEADER),
    ACCESS_GRANT("access-grants", GrantCaseAccess.class, Roles.LEADER),
    ACCESS_REVOCATION("access-revocations", RevokeCaseAccess.class, Roles.LEADER);

    private static final class Roles {
        static final Set<StaffRole> LEADER = EnumSet.of(StaffRole.SCHOOL_LEADER);
        /** The board's reporting duty is the competent authority's (bevoegd gezag): its own people record it. */
        static final Set<StaffRole> BOARD = EnumSet.of(StaffRole.BOARD_ADMINISTRATOR);
        /** The school tells the board, or the board records that it was told. */
        static final Set<StaffRole> LEADER_OR_BOARD = EnumSet.of(StaffRole.SCHOOL_LEADER, StaffRole.BOARD_ADMINISTRATOR);
        static final Set<StaffRole> CASE_WORKERS = EnumSet.of(StaffRole.SCHOOL_LEADER, StaffRole.CARE_COORDINATOR,
                StaffRole.CONFIDENTIAL_COUNSELLOR);
    }

    final String path;
    final Class<? extends StepCommand> command;
    /** Who may record it: the school leader decides; care staff also run the conversations and support. */
    final Set<StaffRole> allowed;

    StepAction(String path, Class<? extends StepCommand> command, Set<StaffRole> allowed) {
        this.path = path;
        this.command = command;
        this.allowed = allowed;
    }

    static Optional<StepAction> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
