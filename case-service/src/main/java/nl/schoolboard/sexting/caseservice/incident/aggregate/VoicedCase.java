package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.BriefTeam;
import nl.schoolboard.sexting.caseservice.incident.command.ContactPolice;
import nl.schoolboard.sexting.caseservice.incident.command.HoldAftercareConversation;
import nl.schoolboard.sexting.caseservice.incident.command.InterviewVictim;
import nl.schoolboard.sexting.caseservice.incident.command.RecordTakedown;
import nl.schoolboard.sexting.caseservice.incident.command.SpeakToBystander;
import nl.schoolboard.sexting.caseservice.incident.event.AftercareConversationHeld;
import nl.schoolboard.sexting.caseservice.incident.event.AftercarePlanned;
import nl.schoolboard.sexting.caseservice.incident.event.BystanderSpokenTo;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.TakedownRequested;
import nl.schoolboard.sexting.caseservice.incident.event.TeamBriefed;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.protocol.AftercareIsPlanned;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicies;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicy;
import nl.schoolboard.sexting.caseservice.incident.protocol.IsABystander;
import nl.schoolboard.sexting.caseservice.incident.protocol.IsAVictim;
import nl.schoolboard.sexting.caseservice.incident.protocol.ObjectionNeedsAReason;
import nl.schoolboard.sexting.caseservice.incident.protocol.PersonIsInTheCase;
import nl.schoolboard.sexting.caseservice.incident.protocol.PupilsAreNotNamed;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import org.axonframework.commandhandling.CommandHandler;

import java.util.List;

/**
 * The victim's voice and the care around the victim: the conversation with the victim and the aftercare it plans, the
 * police decision and the class discussion with the victim's and the parents' wishes beside them, the bystanders told
 * to delete the image, and the takedown. A layer of {@link IncidentCase}, as {@link AssessedCase} is for the people as
 * facts.
 */
abstract class VoicedCase extends AssessedCase {

    /** The first conversation with a victim plans the follow-ups, each due a set number of school days later. */
    @CommandHandler
    long handle(InterviewVictim c, DeadlinePolicies deadlines) {
        require(new PersonIsInTheCase(c.victim(), "victim"), new IsAVictim(c.victim()));
        emit(new VictimInterviewed(caseId, c.occurredAt(), c.victim(), c.parentsPresent(),
                c.attendingRoles(), about(c.victim(), "concerns", c.concerns()),
                c.perpetratorsKnown(), about(c.victim(), "measuresPromised", c.measuresPromised())));
        DeadlinePolicy policy = deadlines.forBoard(report.boardId());
        if (!file.aftercarePlannedFor(c.victim()) && !policy.aftercareSchoolDays().isEmpty()) {
            AftercarePlanned planned = policy.aftercare(caseId, c.occurredAt(), c.victim());
            emit(planned);
            emit(policy.aftercareDeadline(planned));
        }
        return version();
    }

    @CommandHandler
    long handle(HoldAftercareConversation c) {
        require(new PersonIsInTheCase(c.victim(), "victim"), new AftercareIsPlanned(c.victim()));
        return recorded(new AftercareConversationHeld(caseId, c.occurredAt(), c.victim(),
                about(c.victim(), "notes", c.notes())));
    }

    @CommandHandler
    long handle(ContactPolice c) {
        return recorded(new PoliceContacted(caseId, c.occurredAt(), c.decision(), c.decidingRole(), c.policeReference(),
                c.victimWish(), c.parentsWish()));
    }

    @CommandHandler
    long handle(BriefTeam c) {
        require(new PupilsAreNotNamed("sharedSummary", c.sharedSummary(), RuleCode.SUMMARY_NAMES_A_PUPIL).unless(c.namesShared()),
                new ObjectionNeedsAReason(c.discussedAgainstAnObjection(), c.discussionReason()));
        return recorded(new TeamBriefed(caseId, c.occurredAt(), List.copyOf(c.staff()), aboutCase("sharedSummary", c.sharedSummary()),
                c.namesShared(), c.classDiscussion(), c.discussionLead(), c.recordedVictimWish(), c.recordedParentsWish(),
                aboutCase("discussionReason", c.discussionReason())));
    }

    @CommandHandler
    long handle(SpeakToBystander c) {
        require(new PersonIsInTheCase(c.bystander(), "bystander"), new IsABystander(c.bystander()));
        return recorded(new BystanderSpokenTo(caseId, c.occurredAt(), c.bystander(), c.toldToDelete(), c.toldNotToShare()));
    }

    @CommandHandler
    long handle(RecordTakedown c) {
        return recorded(new TakedownRequested(caseId, c.occurredAt(), c.reportedTo(), c.outcome()));
    }
}
