package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.event.AangifteDecided;
import nl.schoolboard.sexting.caseservice.incident.event.BoardInformed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseAccessGranted;
import nl.schoolboard.sexting.caseservice.incident.event.CaseClosed;
import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.CaseReopened;
import nl.schoolboard.sexting.caseservice.incident.event.ConfidentialInspectorConsulted;
import nl.schoolboard.sexting.caseservice.incident.event.DeadlinesSet;
import nl.schoolboard.sexting.caseservice.incident.event.DistributionBanIssued;
import nl.schoolboard.sexting.caseservice.incident.event.EvidenceSecured;
import nl.schoolboard.sexting.caseservice.incident.event.FurtherDistributionReported;
import nl.schoolboard.sexting.caseservice.incident.event.GuardiansInformed;
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
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonKind;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;

import nl.schoolboard.sexting.caseservice.incident.command.CaseFile.Person;
import nl.schoolboard.sexting.caseservice.incident.model.Values.ClassDiscussion;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sexting incident at one school, from the report to the close, as the protocol prescribes (see docs/domain.md).
 * It decides with a {@link CaseFile}, the fold of its own facts; everything a person wants to see is in the
 * projections.
 *
 * <p>Every step command may carry the version the user saw (a stale one is refused by Axon before the handler runs)
 * and an idempotency key in its metadata: a command repeated with a key the case has seen is answered with the
 * current version and changes nothing.</p>
 */
@Aggregate
public class IncidentCase {

    /** Metadata key of a client's idempotency key; events carry it, so the case knows which keys it has seen. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** Metadata key of the board: on a command, the caller's; on an event, the case's own (set here, not copied). */
    public static final String BOARD_ID = "boardId";
    /** Metadata key of the school the case belongs to, on every event. */
    public static final String SCHOOL_ID = "schoolId";
    /** Metadata key, on a command: the schools the caller works at, comma-separated. */
    public static final String CALLER_SCHOOLS = "callerSchools";

    @AggregateIdentifier
    private CaseId caseId;
    private IncidentReported report;
    private final CaseFile file = new CaseFile();
    private final Set<String> idempotencyKeysSeen = new HashSet<>();

    protected IncidentCase() {
        // for Axon: the case is rebuilt from its events
    }

    /**
     * Opens the case. Created if missing so that a retried report (same idempotency key, so the same case id) lands
     * on the case it created before: an identical repeat is accepted without a second event, a different report on
     * the same id is refused.
     *
     * @return the case version after the command
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(ReportIncident command, Clock clock, DeadlinePolicies deadlines) {
        IncidentReported reported = new IncidentReported(command.caseId(), command.boardId(), command.schoolId(),
                command.cameToLightAt(), command.cameToLightHow(), command.materialKind(),
                command.platforms() == null ? Set.of() : Set.copyOf(command.platforms()),
                Boolean.TRUE.equals(command.minorNudeInvolved()),
                command.involvedPupils() == null ? List.of() : List.copyOf(command.involvedPupils()),
                command.yearGroups() == null ? List.of() : List.copyOf(command.yearGroups()),
                command.reportedBy());
        if (report != null) {
            if (sameReport(report, reported)) {
                return currentVersion();
            }
            throw new IncidentAlreadyReported(caseId, currentVersion());
        }
        Map<String, String> violations = ReportRules.violations(command, clock.instant());
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
        emit(reported);
        emit(new DeadlinesSet(caseId, reported.cameToLightAt(), deadlines.forBoard(reported.boardId())
                .dueTimes(reported.cameToLightAt(), reported.minorNudeInvolved())));
        return currentVersion();
    }

    // ---- people ------------------------------------------------------------------------------------------------

    @CommandHandler
    public long handle(LinkPerson c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.person("person", c.person())
                .required("kind", c.kind(), "Say whether this is a pupil, a staff member or someone from outside.")
                .required("role", c.role(), "Say what part this person plays.")
                .check(c.kind() == null || c.role() == null || c.kind() == PersonKind.STAFF || c.role() != PersonRole.STAFF_MEMBER,
                        "role", "Only a staff member can have the staff-member role."), () -> {
            if (file.person(c.person()).isPresent()) {
                throw new ProtocolViolation("person-already-linked",
                        "This person is already part of the case; change their role instead.");
            }
            emit(new PersonLinked(caseId, c.occurredAt(), c.person(), c.kind(), c.role()));
            if (c.kind() == PersonKind.STAFF && !file.onReportingDutyTrack()) {
                emit(new ReportingDutyTrackOpened(caseId, c.occurredAt(), c.person()));
            }
        });
    }

    @CommandHandler
    public long handle(ChangePersonRole c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.person("person", c.person())
                .required("role", c.role(), "Say which role this person has now.")
                .required("reason", c.reason(), "Say why the role changes.")
                .text("reason", c.reason()), () -> {
            Person person = requirePerson(c.person(), "person");
            if (person.role() == c.role()) {
                return;
            }
            if (c.role() == PersonRole.STAFF_MEMBER && person.kind() != PersonKind.STAFF) {
                throw new InvalidCommand(Map.of("role", "Only a staff member can have the staff-member role."));
            }
            emit(new PersonRoleChanged(caseId, c.occurredAt(), c.person(), person.role(), c.role(),
                    PersonalText.about(caseId, c.person(), c.reason())));
        });
    }

    // ---- step 1: victim ------------------------------------------------------------------------------------------

    @CommandHandler
    public long handle(InterviewVictim c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.person("victim", c.victim())
                .text("concerns", c.concerns()).text("measuresPromised", c.measuresPromised()), () -> {
            requireRole(c.victim(), "victim", PersonRole.VICTIM);
            emit(new VictimInterviewed(caseId, c.occurredAt(), c.victim(), c.parentsPresent(),
                    c.attendeeRoles() == null ? List.of() : List.copyOf(c.attendeeRoles()),
                    PersonalText.about(caseId, c.victim(), c.concerns()), c.perpetratorsKnown(),
                    PersonalText.about(caseId, c.victim(), c.measuresPromised())));
        });
    }

    @CommandHandler
    public long handle(ArrangeSupport c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.required("recipient", c.recipient(), "Say who gets the help: the victim or the parents.")
                .required("kind", c.kind(), "Say what kind of help is arranged."),
                () -> emit(new SupportArranged(caseId, c.occurredAt(), c.recipient(), c.kind())));
    }

    // ---- steps 2 and 3: perpetrators -------------------------------------------------------------------------------

    @CommandHandler
    public long handle(InterviewPerpetrator c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.person("person", c.person()).text("notes", c.notes()), () -> {
            Person person = requirePerpetrator(c.person());
            if (file.minorNudeInvolved() && !c.offenceExplained()) {
                throw new ProtocolViolation("offence-must-be-explained",
                        "The material shows a minor nude: tell the perpetrator that making, having or passing on such an "
                                + "image is a criminal offence, and record that you did.");
            }
            emit(new PerpetratorInterviewed(caseId, c.occurredAt(), c.person(),
                    person.kind() == PersonKind.PUPIL, c.parentsPresent(), c.offenceExplained(),
                    PersonalText.about(caseId, c.person(), c.notes())));
        });
    }

    @CommandHandler
    public long handle(ImposeSanction c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.person("person", c.person())
                .required("kind", c.kind(), "Say which sanction.")
                .required("reason", c.reason(), "Say why this sanction fits.")
                .text("reason", c.reason())
                .check(c.from() == null || c.until() == null || !c.until().isBefore(c.from()),
                        "until", "The sanction cannot end before it starts."), () -> {
            Person person = requirePerpetrator(c.person());
            if (person.kind() == PersonKind.STAFF) {
                throw new ProtocolViolation("staff-member-not-sanctioned-as-pupil",
                        "A staff member is not given a pupil sanction: the board's reporting duty applies instead.");
            }
            emit(new SanctionImposed(caseId, c.occurredAt(), c.person(), c.kind(), c.from(), c.until(),
                    PersonalText.about(caseId, c.person(), c.reason())));
        });
    }

    // ---- step 4: police ------------------------------------------------------------------------------------------

    @CommandHandler
    public long handle(ContactPolice c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.required("decision", c.decision(), "Say what was decided: aangifte, melding or advice only.")
                .required("decidedByRole", c.decidedByRole(), "Say who decided (their role).")
                .check(c.policeReference() == null || c.policeReference().matches("[A-Za-z0-9 /-]{1,40}"),
                        "policeReference", "A police reference is a short code of letters, digits, dashes and slashes."),
                () -> emit(new PoliceContacted(caseId, c.occurredAt(), c.decision(), c.decidedByRole(), c.policeReference())));
    }

    @CommandHandler
    public long handle(InformVictimOfReportingOption c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v,
                () -> emit(new VictimInformedOfReportingOption(caseId, c.occurredAt(), c.parentsInformed())));
    }

    @CommandHandler
    public long handle(RecordEvidenceLocation c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.required("location", c.location(),
                        "Say where the evidence is: with the victim or with the police. Never with the school."),
                () -> emit(new EvidenceSecured(caseId, c.occurredAt(), c.location())));
    }

    // ---- step 5: distribution ------------------------------------------------------------------------------------

    @CommandHandler
    public long handle(IssueDistributionBan c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.required("scope", c.scope(), "Say to whom the ban applies: class, year group or school."),
                () -> emit(new DistributionBanIssued(caseId, c.occurredAt(), c.scope(), c.sanctionAnnounced())));
    }

    @CommandHandler
    public long handle(ReportFurtherDistribution c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> (c.person() == null ? v : v.person("person", c.person())).text("description", c.description()), () -> {
            if (c.person() != null) {
                requirePerson(c.person(), "person");
            }
            emit(new FurtherDistributionReported(caseId, c.occurredAt(), c.person(), c.person() == null
                    ? PersonalText.aboutCase(caseId, c.description()) : PersonalText.about(caseId, c.person(), c.description())));
        });
    }

    // ---- step 6: team --------------------------------------------------------------------------------------------

    @CommandHandler
    public long handle(BriefTeam c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> {
            v.required("staff", c.staff(), "Say which staff members were briefed.")
             .required("sharedSummary", c.sharedSummary(), "Say what was shared with the team.")
             .text("sharedSummary", c.sharedSummary())
             .required("classDiscussion", c.classDiscussion(), "Say whether and how the incident is discussed in class.");
            if (c.staff() != null) {
                for (int i = 0; i < c.staff().size(); i++) {
                    v.person("staff[" + i + "]", c.staff().get(i));
                }
            }
            if (c.classDiscussion() != null && c.classDiscussion() != ClassDiscussion.NOT_DISCUSSED) {
                v.person("discussionLead", c.discussionLead());
            }
            if (!c.namesShared()) {
                v.check(!mentionsAnyone(c.sharedSummary()), "sharedSummary",
                        "The summary mentions a pupil of the case; share names only when you decide to (namesShared).");
            }
            return v;
        }, () -> emit(new TeamBriefed(caseId, c.occurredAt(), List.copyOf(c.staff()), PersonalText.aboutCase(caseId, c.sharedSummary()),
                c.namesShared(), c.classDiscussion(), c.discussionLead())));
    }

    // ---- step 8: press -------------------------------------------------------------------------------------------

    @CommandHandler
    public long handle(AppointSpokesperson c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.person("staffMember", c.staffMember()),
                () -> emit(new SpokespersonAppointed(caseId, c.occurredAt(), c.staffMember())));
    }

    @CommandHandler
    public long handle(PreparePressStatement c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.required("text", c.text(), "Write the approved statement.")
                .text("text", c.text())
                .check(!mentionsAnyone(c.text()), "text", "A press statement never names or points at pupils.")
                .required("approvedByRole", c.approvedByRole(), "Say who approved the statement (their role)."),
                () -> emit(new PressStatementPrepared(caseId, c.occurredAt(), c.text(), c.approvedByRole())));
    }

    // ---- the board's reporting-duty track -------------------------------------------------------------------------

    @CommandHandler
    public long handle(InformBoard c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v, () -> {
            requireReportingDutyTrack();
            emit(new BoardInformed(caseId, c.occurredAt()));
        });
    }

    @CommandHandler
    public long handle(ConsultConfidentialInspector c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v, () -> {
            requireReportingDutyTrack();
            emit(new ConfidentialInspectorConsulted(caseId, c.occurredAt()));
        });
    }

    @CommandHandler
    public long handle(DecideOnAangifte c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.required("reason", c.reason(), "Say why aangifte is or is not filed.")
                .text("reason", c.reason()), () -> {
            requireReportingDutyTrack();
            emit(new AangifteDecided(caseId, c.occurredAt(), c.aangifteFiled(), PersonalText.aboutCase(caseId, c.reason())));
        });
    }

    // ---- guardians -----------------------------------------------------------------------------------------------

    @CommandHandler
    public long handle(InformGuardians c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.person("pupil", c.pupil()).required("fact", c.fact(), "Say what the guardians are told."), () -> {
            Person pupil = requirePerson(c.pupil(), "pupil");
            boolean fits = pupil.kind() == PersonKind.PUPIL && switch (c.fact()) {
                case MEASURES_TAKEN, POLICE_REPORTING_OPTION -> pupil.role() == PersonRole.VICTIM;
                case SANCTION_IMPOSED -> pupil.role().isPerpetrator();
            };
            if (!fits) {
                throw new ProtocolViolation("guardian-fact-does-not-fit",
                        "These guardians cannot be told this: a victim's parents hear of measures and the reporting option, "
                                + "a perpetrator's parents of a sanction.");
            }
            emit(new GuardiansInformed(caseId, c.occurredAt(), c.pupil(), c.fact()));
        });
    }

    // ---- access to the case -------------------------------------------------------------------------------------

    /** At most 90 days: access for a limited time, ending by itself. */
    static final java.time.Duration LONGEST_GRANT = java.time.Duration.ofDays(90);

    @CommandHandler
    public long handle(GrantCaseAccess c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.person("grantee", c.grantee())
                .required("until", c.until(), "Say until when the access lasts.")
                .check(c.until() == null || c.until().isAfter(clock.instant()), "until", "The access must end in the future.")
                .check(c.until() == null || !c.until().isAfter(clock.instant().plus(LONGEST_GRANT)), "until",
                        "Access to a case is for a limited time: at most 90 days."),
                () -> emit(new CaseAccessGranted(caseId, c.occurredAt(), c.grantee(), c.until())));
    }

    // ---- privacy: legal hold and erasure ---------------------------------------------------------------------------
    // Allowed on open and closed cases alike: retention runs on closed ones.

    @CommandHandler
    public long handle(PlaceLegalHold c, Clock clock) {
        new Violations().occurredAt(c.occurredAt(), clock)
                .required("reason", c.reason(), "Say why the case must be kept (e.g. a police investigation).")
                .text("reason", c.reason()).throwIfAny();
        if (!file.underLegalHold()) {
            emit(new LegalHoldPlaced(caseId, c.occurredAt(), PersonalText.aboutCase(caseId, c.reason())));
        }
        return currentVersion();
    }

    @CommandHandler
    public long handle(LiftLegalHold c, Clock clock) {
        new Violations().occurredAt(c.occurredAt(), clock)
                .required("reason", c.reason(), "Say why the hold ends.").text("reason", c.reason()).throwIfAny();
        if (file.underLegalHold()) {
            emit(new LegalHoldLifted(caseId, c.occurredAt(), PersonalText.aboutCase(caseId, c.reason())));
        }
        return currentVersion();
    }

    /** Recorded first, then the keys are destroyed (see privacy.KeyShredder): a crash in between is finished later. */
    @CommandHandler
    public long handle(ErasePersonalData c, Clock clock) {
        new Violations().occurredAt(c.occurredAt(), clock)
                .required("reason", c.reason(), "Say why the data is erased.").throwIfAny();
        if (file.underLegalHold()) {
            throw new ProtocolViolation("legal-hold", "The case is under legal hold: its data may not be erased now.");
        }
        if (c.subject() != null && file.person(c.subject()).isEmpty()) {
            throw new InvalidCommand(Map.of("subject", "This person is not part of the case."));
        }
        if (file.personalDataErased() || c.subject() != null && file.isErased(c.subject())) {
            return currentVersion();
        }
        emit(new PersonalDataErased(caseId, c.occurredAt(), c.subject(), c.reason()));
        return currentVersion();
    }

    // ---- decisions not to act, deadlines, close and reopen -----------------------------------------------------------

    @CommandHandler
    public long handle(SkipStep c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> v.required("step", c.step(), "Say which step is not taken.")
                .required("reason", c.reason(), "A decision not to act needs its reason.")
                .text("reason", c.reason()), () -> {
            if (file.hasTaken(c.step())) {
                throw new ProtocolViolation("step-already-taken", "This step was already taken.");
            }
            if (mandatoryForMinorNude(c.step())) {
                throw new ProtocolViolation("police-contact-mandatory",
                        "The material shows a minor nude: the police must be contacted; this step cannot be skipped.");
            }
            emit(new StepSkipped(caseId, c.occurredAt(), c.step(), PersonalText.aboutCase(caseId, c.reason())));
        });
    }

    /** From the deadline watch: raises one overdue event per step, whatever the number of times it asks. */
    @CommandHandler
    public void handle(MarkStepOverdue c, Clock clock) {
        if (file.isClosed() || file.isOverdue(c.step())) {
            return;
        }
        file.dueAt(c.step())
            .filter(due -> !clock.instant().isBefore(due))
            .filter(due -> file.checklist().stream().anyMatch(s -> s.step() == c.step() && s.state() == StepState.OPEN))
            .ifPresent(due -> emit(new StepBecameOverdue(caseId, c.step(), due)));
    }

    @CommandHandler
    public long handle(CloseCase c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        return step(c, clock, key, v -> {
            v.required("outcome", c.outcome(), "Say how the case ended.").text("evaluation", c.evaluation());
            if (c.skippedStepReasons() != null) {
                c.skippedStepReasons().forEach((step, reason) -> v.text("skippedStepReasons." + step, reason));
            }
            return v;
        }, () -> {
            if (file.openRequiredSteps().stream().anyMatch(this::mandatoryForMinorNude)) {
                throw new ProtocolViolation("police-contact-mandatory",
                        "The material shows a minor nude: the police must be contacted before the case can close.");
            }
            Map<ProtocolStep, String> reasons = c.skippedStepReasons() == null ? Map.of() : c.skippedStepReasons();
            List<ProtocolStep> unexplained = file.openRequiredSteps().stream()
                    .filter(step -> reasons.get(step) == null || reasons.get(step).isBlank())
                    .toList();
            if (!unexplained.isEmpty()) {
                throw new ProtocolIncomplete(unexplained);
            }
            Map<ProtocolStep, PersonalText> kept = new java.util.EnumMap<>(ProtocolStep.class);
            file.openRequiredSteps().forEach(step -> kept.put(step, PersonalText.aboutCase(caseId, reasons.get(step))));
            emit(new CaseClosed(caseId, c.occurredAt(), c.outcome(), PersonalText.aboutCase(caseId, c.evaluation()), kept));
        });
    }

    @CommandHandler
    public long handle(ReopenCase c, Clock clock, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        if (key != null && idempotencyKeysSeen.contains(key)) {
            return currentVersion();
        }
        new Violations().occurredAt(c.occurredAt(), clock)
                .required("reason", c.reason(), "Say why the case is opened again.")
                .text("reason", c.reason()).throwIfAny();
        if (!file.isClosed()) {
            throw new ProtocolViolation("case-not-closed", "The case is still open.");
        }
        emit(new CaseReopened(caseId, c.occurredAt(), PersonalText.aboutCase(caseId, c.reason())));
        return currentVersion();
    }

    /**
     * A case exists for its own board and school only: a command from another board's staff, or from staff of
     * another school, is answered as if the case did not exist. Commands without a board (the deadline watch's) come
     * from inside the service.
     */
    @CommandHandlerInterceptor
    Object onlyWithinItsBoardAndSchool(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Object callerBoard = command.getMetaData().get(BOARD_ID);
        Object callerSchools = command.getMetaData().get(CALLER_SCHOOLS);
        if (report != null && callerBoard != null && !report.boardId().value().equals(callerBoard)) {
            throw new CaseOutOfReach(caseId);
        }
        if (report != null && callerSchools != null
                && !List.of(callerSchools.toString().split(",")).contains(report.schoolId().value())) {
            throw new CaseOutOfReach(caseId);
        }
        return chain.proceed();
    }

    /**
     * Applies an event with the case's own board and school as metadata, for the relay and the audit, and with the
     * idempotency key of the command that caused it, so that the case remembers the key when it is loaded again.
     */
    private void emit(Object event) {
        IncidentReported about = event instanceof IncidentReported reported ? reported : report;
        MetaData meta = MetaData.with(BOARD_ID, about.boardId().value()).and(SCHOOL_ID, about.schoolId().value());
        Object key = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().getMessage().getMetaData().get(IDEMPOTENCY_KEY) : null;
        AggregateLifecycle.apply(event, key == null ? meta : meta.and(IDEMPOTENCY_KEY, key));
    }

    // ---- event sourcing ------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(CaseFact fact, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        if (fact instanceof IncidentReported reported) {
            this.caseId = reported.caseId();
            this.report = reported;
        }
        file.apply(fact);
        if (key != null) {
            idempotencyKeysSeen.add(key);
        }
    }

    // ---- the shared shape of a step ------------------------------------------------------------------------------

    /**
     * Runs one step: a repeated idempotency key answers at once; then the fields are checked, a closed case refuses,
     * and the step's own rules run and apply its events.
     */
    private long step(StepCommand command, Clock clock, String idempotencyKey,
                      java.util.function.UnaryOperator<Violations> fields, Runnable rules) {
        if (idempotencyKey != null && idempotencyKeysSeen.contains(idempotencyKey)) {
            return currentVersion();
        }
        fields.apply(new Violations().occurredAt(command.occurredAt(), clock)).throwIfAny();
        if (file.isClosed()) {
            throw new ProtocolViolation("case-closed", "The case is closed. Reopen it first, with a reason.");
        }
        rules.run();
        return currentVersion();
    }

    private Person requirePerson(PersonRef ref, String field) {
        return file.person(ref).orElseThrow(() -> new InvalidCommand(Map.of(field,
                "This person is not part of the case; link them first.")));
    }

    private void requireRole(PersonRef ref, String field, PersonRole role) {
        if (requirePerson(ref, field).role() != role) {
            throw new ProtocolViolation("wrong-role", "This person does not have the " + role.name().toLowerCase() + " role in the case.");
        }
    }

    private Person requirePerpetrator(PersonRef ref) {
        Person person = requirePerson(ref, "person");
        if (!person.role().isPerpetrator()) {
            throw new ProtocolViolation("not-a-perpetrator",
                    "This person is not a sender or forwarder in the case; change their role first, with a reason.");
        }
        return person;
    }

    private void requireReportingDutyTrack() {
        if (!file.onReportingDutyTrack()) {
            throw new ProtocolViolation("no-staff-member-involved",
                    "The board's reporting duty applies only when a staff member is involved.");
        }
    }

    private boolean mandatoryForMinorNude(ProtocolStep step) {
        return file.minorNudeInvolved() && step == ProtocolStep.POLICE_CONTACT;
    }

    /** Whether a text mentions any person of the case by their reference. */
    private boolean mentionsAnyone(String text) {
        return text != null && file.people().stream().anyMatch(p -> text.contains(p.ref().value()));
    }

    /** The sequence number of the case's last event: what a client passes back as the expected version. */
    private static long currentVersion() {
        Long version = AggregateLifecycle.getVersion();
        return version == null ? 0 : version;
    }

    /** The reporter may differ on a retry from another device; what matters is the same facts about the incident. */
    private static boolean sameReport(IncidentReported stored, IncidentReported retried) {
        return stored.equals(new IncidentReported(retried.caseId(), retried.boardId(), retried.schoolId(),
                retried.cameToLightAt(), retried.cameToLightHow(), retried.materialKind(), retried.platforms(),
                retried.minorNudeInvolved(), retried.involvedPupils(), retried.yearGroups(), stored.reportedBy()));
    }
}
