package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.*;
import nl.schoolboard.sexting.caseservice.incident.event.*;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.protocol.*;
import nl.schoolboard.sexting.caseservice.incident.refusal.IncidentAlreadyReported;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One sexting incident at one school, from the report to the close, as the protocol prescribes (see docs/domain.md); its handlers follow
 * the protocol's steps. It decides with a {@link CaseFile}, the fold of its own facts, by asking the protocol's rules
 * ({@link ProtocolRule}); everything a person wants to see is in the projections.
 *
 * <p>What it does not do: check the caller may reach the case ({@link CaseReach}) and check the command's fields
 * ({@link FieldRulesFirst}), both before the case is loaded; refuse a stale expected version (Axon does, when
 * loading); keep its facts, metadata and idempotency keys ({@link EventSourcedCase}).</p>
 */
@Aggregate
public class IncidentCase extends VoicedCase {

    /** Metadata keys: a client's retry key; the board (a command's caller's, an event's case's); the case's school. */
    public static final String IDEMPOTENCY_KEY = IdempotencyKeys.KEY;
    public static final String BOARD_ID = "boardId";
    public static final String SCHOOL_ID = "schoolId";

    protected IncidentCase() {
        // for Axon: the case is rebuilt from its events
    }

    @Override
    void admit(Object command) {
        if (command instanceof StepCommand step) {
            require(new CaseIsOpen(step));
        }
    }

    /**
     * Opens the case. Created if missing so that a retried report (same idempotency key, so the same case id) lands
     * on the case it created before: an identical repeat is accepted without a second event, a different report on
     * the same id is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ReportIncident c, DeadlinePolicies deadlines) {
        if (report == null) {
            emit(c.reported());
            emit(deadlines.forBoard(report.boardId()).deadlinesOf(report));
        } else if (!c.isRepeatOf(report)) {
            throw new IncidentAlreadyReported(caseId, version());
        }
        return version();
    }

    @CommandHandler
    long handle(LinkPerson c) {
        require(new APersonIsLinkedOnce(c.person()));
        // a staff member linked opens no track by that alone: only one the assessment finds suspected does
        return recorded(new PersonLinked(caseId, c.occurredAt(), c.person(), c.kind(), c.role()));
    }

    @CommandHandler
    long handle(ChangePersonRole c) {
        require(new PersonIsInTheCase(c.person(), "person"));
        PersonRole was = file.person(c.person()).orElseThrow().role();
        if (was != c.role()) {
            require(new StaffRoleIsForStaff(c.person(), c.role()));
            emit(new PersonRoleChanged(caseId, c.occurredAt(), c.person(), was, c.role(), about(c.person(), "reason", c.reason())));
        }
        return version();
    }

    @CommandHandler
    long handle(ArrangeSupport c) {
        return recorded(new SupportArranged(caseId, c.occurredAt(), c.recipient(), c.kind()));
    }

    @CommandHandler
    long handle(InterviewPerpetrator c) {
        require(new PersonIsInTheCase(c.person(), "person"), new IsAPerpetrator(c.person()),
                new OffenceMustBeExplained(c.offenceExplained()));
        boolean pupil = file.person(c.person()).orElseThrow().kind() == PersonKind.PUPIL;
        return recorded(new PerpetratorInterviewed(caseId, c.occurredAt(), c.person(), pupil, c.parentsPresent(),
                c.offenceExplained(), about(c.person(), "notes", c.notes())));
    }

    @CommandHandler
    long handle(ImposeSanction c) {
        require(new PersonIsInTheCase(c.person(), "person"), new IsAPerpetrator(c.person()),
                new StaffMemberIsNotSanctionedAsPupil(c.person()));
        return recorded(new SanctionImposed(caseId, c.occurredAt(), c.person(), c.kind(), c.from(), c.until(),
                about(c.person(), "reason", c.reason())));
    }

    @CommandHandler
    long handle(InformVictimOfReportingOption c) {
        return recorded(new VictimInformedOfReportingOption(caseId, c.occurredAt(), c.parentsInformed()));
    }

    @CommandHandler
    long handle(RecordEvidenceLocation c) {
        return recorded(new EvidenceSecured(caseId, c.occurredAt(), c.location()));
    }

    @CommandHandler
    long handle(IssueDistributionBan c) {
        return recorded(new DistributionBanIssued(caseId, c.occurredAt(), c.scope(), c.sanctionAnnounced()));
    }

    @CommandHandler
    long handle(ReportFurtherDistribution c) {
        if (c.person() != null) {
            require(new PersonIsInTheCase(c.person(), "person"));
        }
        return recorded(new FurtherDistributionReported(caseId, c.occurredAt(), c.person(), about(c.person(), "description", c.description())));
    }

    @CommandHandler
    long handle(AppointSpokesperson c) {
        return recorded(new SpokespersonAppointed(caseId, c.occurredAt(), c.staffMember()));
    }

    @CommandHandler
    long handle(PreparePressStatement c) {
        require(new PupilsAreNotNamed("text", c.text(), RuleCode.PRESS_STATEMENT_NAMES_A_PUPIL));
        return recorded(new PressStatementPrepared(caseId, c.occurredAt(), c.text(), c.approvingRole()));
    }

    @CommandHandler
    long handle(InformBoard c) {
        require(new ReportingDutyNeedsAStaffMember());
        return recorded(new BoardInformed(caseId, c.occurredAt()));
    }

    @CommandHandler
    long handle(ConsultConfidentialInspector c) {
        require(BoardTrackInOrder.before(ProtocolStep.CONFIDENTIAL_INSPECTOR_CONSULTED));
        return recorded(new ConfidentialInspectorConsulted(caseId, c.occurredAt()));
    }

    @CommandHandler
    long handle(DecideOnAangifte c) {
        require(new BoardTrackInOrder(ProtocolStep.AANGIFTE_DECISION, c.aangifteFiled()));
        return recorded(new AangifteDecided(caseId, c.occurredAt(), c.aangifteFiled(), aboutCase("reason", c.reason())));
    }

    @CommandHandler
    long handle(InformGuardians c) {
        require(new PersonIsInTheCase(c.pupil(), "pupil"), new GuardiansHearWhatFitsTheirChild(c.pupil(), c.fact()));
        return recorded(new GuardiansInformed(caseId, c.occurredAt(), c.pupil(), c.fact()));
    }

    @CommandHandler
    long handle(InviteGuardians c) {
        require(new GuardiansAreInvitedForAPupil(c.pupil()));
        return recorded(new GuardiansInvited(caseId, c.occurredAt(), c.pupil(), c.conversationAt(), c.place(), c.hostRoles()));
    }

    @CommandHandler
    long handle(GrantCaseAccess c) {
        return recorded(new CaseAccessGranted(caseId, c.occurredAt(), c.grantee(), c.until()));
    }

    /** Revoking access nobody holds changes nothing, as placing a hold on a held case does. */
    @CommandHandler
    long handle(RevokeCaseAccess c) {
        return file.holdsAccess(c.grantee()) ? recorded(new CaseAccessRevoked(caseId, c.occurredAt(), c.grantee()))
                : version();
    }

    /** Placing a hold that is in place, or lifting one that is not, changes nothing. */
    @CommandHandler
    long handle(ChangeLegalHold c) {
        if (file.underLegalHold() == c.held()) {
            return version();
        }
        PersonalText reason = aboutCase("reason", c.reason());
        return recorded(c.held() ? new LegalHoldPlaced(caseId, c.occurredAt(), reason)
                : new LegalHoldLifted(caseId, c.occurredAt(), reason));
    }

    /** Recorded first, then the keys are destroyed (see privacy.KeyShredder): a crash in between is finished later. */
    @CommandHandler
    long handle(ErasePersonalData c) {
        require(new ErasureIsAllowed(c.subject()));
        if (!file.personalDataErased() && (c.subject() == null || !file.isErased(c.subject()))) {
            List<PersonRef> reached = c.subject() != null ? List.of(c.subject())
                    : file.people().stream().map(CaseFile.Person::ref).toList();
            emit(new PersonalDataErased(caseId, c.occurredAt(), c.subject(), c.reason(), reached));
        }
        return version();
    }

    @CommandHandler
    long handle(SkipStep c) {
        require(new AStepIsTakenOrSkipped(c.step()), new PoliceContactIsMandatory(c.step()),
                new SuspensionFormalitiesAreKept(c.step()));
        return recorded(new StepSkipped(caseId, c.occurredAt(), c.step(), aboutCase("reason", c.reason())));
    }

    /** From the deadline watch: raises one overdue event per step, whatever the number of times it asks. */
    @CommandHandler
    void handle(MarkStepOverdue c, Clock clock) {
        file.newlyOverdue(c.step(), clock.instant()).ifPresent(due -> emit(new StepBecameOverdue(caseId, c.step(), due)));
    }

    @CommandHandler
    long handle(CloseCase c) {
        var reasons = c.skippedStepReasons() == null ? Map.<ProtocolStep, String>of() : c.skippedStepReasons();
        require(PoliceContactIsMandatory.beforeClosing(), SuspensionFormalitiesAreKept.beforeClosing(),
                new ClosingNeedsEveryStepOrAReason(reasons));
        Map<ProtocolStep, PersonalText> kept = new EnumMap<>(ProtocolStep.class);
        file.openRequiredSteps().forEach(step -> kept.put(step, aboutCase("skippedStepReasons", reasons.get(step))));
        return recorded(new CaseClosed(caseId, c.occurredAt(), c.outcome(), aboutCase("evaluation", c.evaluation()), kept));
    }

    @CommandHandler
    long handle(ReopenCase c) {
        require(new OnlyAClosedCaseReopens());
        return recorded(new CaseReopened(caseId, c.occurredAt(), aboutCase("reason", c.reason())));
    }
}
