package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.AnnounceAangifte;
import nl.schoolboard.sexting.caseservice.incident.command.DecideOnAssessment;
import nl.schoolboard.sexting.caseservice.incident.command.GiveSextortionAdvice;
import nl.schoolboard.sexting.caseservice.incident.command.RecordPersonFacts;
import nl.schoolboard.sexting.caseservice.incident.command.RecordSanctionFormality;
import nl.schoolboard.sexting.caseservice.incident.command.TakeMeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.event.MeldcodeStepTaken;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeStep;
import nl.schoolboard.sexting.caseservice.incident.protocol.MeldcodeInOrder;
import nl.schoolboard.sexting.caseservice.incident.event.AangifteAnnounced;
import nl.schoolboard.sexting.caseservice.incident.event.AssessmentDecided;
import nl.schoolboard.sexting.caseservice.incident.event.PersonFactsRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SanctionFormalityRecorded;
import nl.schoolboard.sexting.caseservice.incident.event.SextortionAdviceGiven;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.people.Assessment;
import nl.schoolboard.sexting.caseservice.incident.people.AssessmentRules;
import nl.schoolboard.sexting.caseservice.incident.protocol.BoardTrackInOrder;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicies;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeviationNeedsAReason;
import nl.schoolboard.sexting.caseservice.incident.protocol.FactsChangeWithAReason;
import nl.schoolboard.sexting.caseservice.incident.protocol.OnTheSextortionTrack;
import nl.schoolboard.sexting.caseservice.incident.protocol.PersonIsInTheCase;
import nl.schoolboard.sexting.caseservice.incident.protocol.TracksOpenedBy;
import nl.schoolboard.sexting.caseservice.incident.protocol.FormalityFitsTheSanction;
import org.axonframework.commandhandling.CommandHandler;

/**
 * The people in a case as facts, the assessment the school leader decides from them, and the tracks it opens
 * (sextortion, the board's reporting duty, the Meldcode) with their formalities. A layer of {@link IncidentCase}, so that the
 * general protocol steps and this part each read as one thing; the decisions themselves are in the policy objects
 * ({@link Assessment}, {@link TracksOpenedBy}, the rules).
 */
abstract class AssessedCase extends EventSourcedCase {

    @CommandHandler
    long handle(RecordPersonFacts c) {
        require(new PersonIsInTheCase(c.person(), "person"), new FactsChangeWithAReason(c.person(), c.facts(), c.reason()));
        return recorded(new PersonFactsRecorded(caseId, c.occurredAt(), c.person(), c.facts(),
                about(c.person(), "reason", c.reason())));
    }

    /**
     * The system proposes from the facts; the leader's deviations (each needing the reason) make the decision. Then
     * the tracks the decision opens, each once, with their steps due within hours.
     */
    @CommandHandler
    long handle(DecideOnAssessment c, AssessmentRules rules, DeadlinePolicies deadlines) {
        c.deviations().forEach(d -> require(new PersonIsInTheCase(d.person(), "deviations")));
        Assessment proposed = Assessment.propose(file.facts(), rules.forBoard(report.boardId()));
        Assessment decided = proposed.decide(c.deviations());
        boolean deviates = c.meldcodeApplies() || c.deviations().stream().anyMatch(proposed::differsFrom);
        require(new DeviationNeedsAReason(deviates, c.reason()));
        emit(new AssessmentDecided(caseId, c.occurredAt(), proposed.findings(), decided.findings(),
                decided.policeGrounds(), c.meldcodeApplies(), aboutCase("reason", c.reason())));
        new TracksOpenedBy(decided).facts(file, caseId, c.occurredAt(), deadlines.forBoard(report.boardId()))
                .forEach(this::emit);
        return version();
    }

    @CommandHandler
    long handle(GiveSextortionAdvice c) {
        require(new OnTheSextortionTrack());
        return recorded(new SextortionAdviceGiven(caseId, c.occurredAt(), c.evidenceKeptWithVictim(),
                c.noContactWithExtorter(), c.helpSites()));
    }

    @CommandHandler
    long handle(AnnounceAangifte c) {
        require(BoardTrackInOrder.before(ProtocolStep.AANGIFTE_ANNOUNCED));
        return recorded(new AangifteAnnounced(caseId, c.occurredAt(), c.staffMemberTold(), c.parentsTold()));
    }

    @CommandHandler
    long handle(TakeMeldcodeStep c) {
        require(new MeldcodeInOrder(c.step()));
        return recorded(new MeldcodeStepTaken(caseId, c.occurredAt(), c.step(), ConversationRole.chosen(c.byRole()).orElseThrow(),
                c.veiligThuisConsulted(), c.step() == MeldcodeStep.DECIDED ? c.decision() : null));
    }

    @CommandHandler
    long handle(RecordSanctionFormality c) {
        require(new PersonIsInTheCase(c.person(), "person"), new FormalityFitsTheSanction(c.person(), c.formality()));
        return recorded(new SanctionFormalityRecorded(caseId, c.occurredAt(), c.person(), c.formality()));
    }
}
