package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;

import java.time.Instant;

/**
 * A command about a case that is already open: every step after the report. Each step's record names these three
 * first, for Axon to find the case ({@code @TargetAggregateIdentifier}) and the version to check
 * ({@code @TargetAggregateVersion}); what they mean is said here once.
 */
public interface StepCommand extends ValidatedCommand {

    CaseId caseId();

    /** The case version the user saw when deciding, or null to skip the check; a stale one is refused. */
    Long expectedVersion();

    /** When it happened; may lie in the past, never in the future. Checked before the step's own fields. */
    Instant occurredAt();
}
