package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.incident.command.AppointSpokesperson;
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

import java.util.Arrays;
import java.util.Optional;

/**
 * The protocol's steps as resources under a case: {@code POST /api/cases/{caseId}/{path}} with the command's
 * fields as JSON. The path names what the school did, in the protocol's order.
 */
enum StepAction {
    LINK_PERSON("people", LinkPerson.class),
    CHANGE_ROLE("role-changes", ChangePersonRole.class),
    VICTIM_CONVERSATION("victim-conversation", InterviewVictim.class),
    SUPPORT("support", ArrangeSupport.class),
    PERPETRATOR_CONVERSATION("perpetrator-conversations", InterviewPerpetrator.class),
    SANCTION("sanctions", ImposeSanction.class),
    POLICE_CONTACT("police-contact", ContactPolice.class),
    REPORTING_OPTION("reporting-option", InformVictimOfReportingOption.class),
    EVIDENCE_LOCATION("evidence-location", RecordEvidenceLocation.class),
    DISTRIBUTION_BAN("distribution-ban", IssueDistributionBan.class),
    FURTHER_DISTRIBUTION("further-distribution", ReportFurtherDistribution.class),
    TEAM_BRIEFING("team-briefing", BriefTeam.class),
    SPOKESPERSON("spokesperson", AppointSpokesperson.class),
    PRESS_STATEMENT("press-statement", PreparePressStatement.class),
    SKIPPED_STEP("skipped-steps", SkipStep.class),
    BOARD_INFORMED("board-informed", InformBoard.class),
    CONFIDENTIAL_INSPECTOR("confidential-inspector-consulted", ConsultConfidentialInspector.class),
    AANGIFTE_DECISION("aangifte-decision", DecideOnAangifte.class),
    GUARDIANS_INFORMED("guardians-informed", InformGuardians.class),
    CLOSE("close", CloseCase.class),
    REOPEN("reopen", ReopenCase.class);

    final String path;
    final Class<? extends StepCommand> command;

    StepAction(String path, Class<? extends StepCommand> command) {
        this.path = path;
        this.command = command;
    }

    static Optional<StepAction> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
