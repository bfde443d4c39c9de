package nl.schoolboard.sexting.caseservice.incident.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sexting incident at one school, from the report to the close, as the protocol prescribes. Its state is only
 * what its rules need; everything a person wants to see is in the projections.
 */
@Aggregate
public class IncidentCase {

    @AggregateIdentifier
    private CaseId caseId;

    private IncidentReported report;

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
    public long handle(ReportIncident command, Clock clock) {
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
        AggregateLifecycle.apply(reported);
        return currentVersion();
    }

    /** The sequence number of the case's last event: what a client passes back as the expected version. */
    private static long currentVersion() {
        Long version = AggregateLifecycle.getVersion();
        return version == null ? 0 : version;
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        this.caseId = event.caseId();
        this.report = event;
    }

    /** The reporter may differ on a retry from another device; what matters is the same facts about the incident. */
    private static boolean sameReport(IncidentReported stored, IncidentReported retried) {
        return stored.equals(new IncidentReported(retried.caseId(), retried.boardId(), retried.schoolId(),
                retried.cameToLightAt(), retried.cameToLightHow(), retried.materialKind(), retried.platforms(),
                retried.minorNudeInvolved(), retried.involvedPupils(), retried.yearGroups(), stored.reportedBy()));
    }
}
