package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.incident.event.CaseClosed;
import nl.schoolboard.sexting.caseservice.incident.protocol.CaseFile;
import nl.schoolboard.sexting.caseservice.incident.event.CaseReopened;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.event.PersonalDataErased;
import nl.schoolboard.sexting.caseservice.incident.event.PoliceContacted;
import nl.schoolboard.sexting.caseservice.incident.event.VictimInterviewed;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.Platform;
import nl.schoolboard.sexting.caseservice.incident.model.StepState;
import nl.schoolboard.sexting.caseservice.incident.model.StepStatus;
import nl.schoolboard.sexting.caseservice.incident.people.PersonFacts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static nl.schoolboard.sexting.caseservice.incident.query.RecordedFact.millis;

/**
 * Folds a case's recorded facts into its {@link CaseView}. The people, the checklist and whether the case is closed
 * come from the aggregate's own {@link CaseFile}, so that a view can never disagree with what the case decides on;
 * this class adds only what a reader needs besides (the report's details, the outcome, when it was recorded).
 * Pure: the projection and the point-in-time view both use it.
 */
public final class CaseFold {

    private CaseFold() {
    }

    /**
     * @param facts the case's facts in sequence order (the events of one case, as the event store returns them)
     * @return the case as these facts make it; empty when they hold no report (the case did not exist yet)
     */
    public static Optional<CaseView> fold(List<RecordedFact> facts) {
        return Progress.of(facts).view();
    }

    /**
     * The case as it was known at {@code moment}: the facts recorded by then, folded the same way. A case's facts are
     * known in sequence order, so the first fact recorded later ends what was known (should clocks of two instances
     * disagree, a later fact with an earlier stamp is not known before the one it follows).
     */
    public static Optional<CaseView> asOf(List<RecordedFact> facts, Instant moment) {
        return fold(facts.stream().takeWhile(f -> f.recordedBy(moment)).toList());
    }

    /**
     * A fold under way: the facts of one case applied one at a time, in sequence order, so that a projection can
     * apply the next event to where the last one left the case instead of folding the case again from its first
     * event. Not thread-safe: one case's events are applied by one thread at a time.
     */
    public static final class Progress {

        private final CaseFile file = new CaseFile();
        private IncidentReported report;
        private Instant reportedAt;
        private String outcome;
        private Instant closedAt;
        private RecordedFact last;
        private boolean erasureRecorded;
        private Instant firstVictimConversationAt;
        private Instant firstPoliceContactAt;

        /** Starts from these facts (in sequence order). */
        public static Progress of(List<RecordedFact> facts) {
            Progress progress = new Progress();
            facts.forEach(progress::apply);
            return progress;
        }

        public Progress apply(RecordedFact recorded) {
            file.apply(recorded.fact());
            if (recorded.fact() instanceof IncidentReported reported && report == null) {
                report = reported;
                reportedAt = recorded.recordedAt();
            } else if (recorded.fact() instanceof CaseClosed closed) {
                outcome = closed.outcome() == null ? null : closed.outcome().name();
                closedAt = closed.occurredAt();
            } else if (recorded.fact() instanceof CaseReopened) {
                outcome = null;
                closedAt = null;
            } else if (recorded.fact() instanceof PersonalDataErased) {
                erasureRecorded = true;
            } else if (recorded.fact() instanceof VictimInterviewed interviewed) {
                firstVictimConversationAt = earliest(firstVictimConversationAt, interviewed.occurredAt());
            } else if (recorded.fact() instanceof PoliceContacted contacted) {
                firstPoliceContactAt = earliest(firstPoliceContactAt, contacted.occurredAt());
            }
            last = recorded;
            return this;
        }

        /**
         * Whether an erasure of personal data was among the facts: the texts held here were read before their keys
         * were destroyed, so this progress must not be applied to later (only a fold from the store shows them erased).
         */
        public boolean erasureRecorded() {
            return erasureRecorded;
        }

        /** The sequence number of the last fact applied; -1 before the first. */
        public long version() {
            return last == null ? -1 : last.sequence();
        }

        /** The case as the facts applied so far make it; empty while they hold no report. */
        public Optional<CaseView> view() {
            if (report == null) {
                return Optional.empty();
            }
            boolean closed = file.isClosed();
            List<CaseView.ChecklistLine> checklist = file.checklist().stream().map(CaseFold::line).toList();
            boolean overdue = !closed && checklist.stream().anyMatch(CaseView.ChecklistLine::overdue);
            Instant nextDueAt = closed ? null : file.checklist().stream()
                    .filter(s -> s.state() == StepState.OPEN)
                    .map(StepStatus::dueAt)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .map(RecordedFact::millis)
                    .orElse(null);
            return Optional.of(new CaseView(
                    report.caseId().value(),
                    report.boardId().value(),
                    report.schoolId().value(),
                    closed ? CaseView.CLOSED : CaseView.OPEN,
                    closed ? outcome : null,
                    millis(report.cameToLightAt()),
                    name(report.cameToLightHow()),
                    millis(reportedAt),
                    report.reportedBy() == null ? null : report.reportedBy().userId(),
                    name(report.materialKind()),
                    report.platforms().stream().map(Platform::name).sorted().toList(),
                    report.minorNudeInvolved(),
                    List.copyOf(report.yearGroups()),
                    file.people().stream()
                            .map(p -> new CaseView.Person(p.ref().value(), name(p.kind()), name(p.role()),
                                    file.findingsOf(p.ref()).stream().map(Enum::name).sorted().toList(),
                                    file.factsOf(p.ref()).map(CaseFold::facts).orElse(null)))
                            .toList(),
                    file.onReportingDutyTrack(),
                    checklist,
                    overdue,
                    nextDueAt,
                    closed ? millis(closedAt) : null,
                    millis(last.recordedAt()),
                    file.underLegalHold(),
                    file.personalDataErased(),
                    millis(firstVictimConversationAt),
                    millis(firstPoliceContactAt),
                    last.sequence()));
        }

        /**
         * The earlier of two moments a step was taken. Earliest, not first recorded: a conversation recorded late
         * may have been held before one recorded earlier, and how fast a step was first taken is what the board asks.
         */
        private static Instant earliest(Instant known, Instant taken) {
            return known == null || (taken != null && taken.isBefore(known)) ? taken : known;
        }
    }

    private static CaseView.ChecklistLine line(StepStatus status) {
        return new CaseView.ChecklistLine(status.step().name(), status.required(), status.state().name(),
                millis(status.dueAt()), status.overdue(), status.reason());
    }

    private static CaseView.Facts facts(PersonFacts facts) {
        return new CaseView.Facts(facts.acts().stream().sorted().map(Enum::name).toList(), facts.madeVoluntarily(),
                facts.sharedVoluntarily(), facts.sharedWith().stream().map(PersonRef::value).toList(), facts.age(),
                name(facts.band()), name(facts.affiliation()), name(facts.sector()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
