package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Step 1: the conversation with the victim, with or without parents.
 */
public record InterviewVictim(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef victim,
        boolean parentsPresent,
        java.util.List<String> attendeeRoles,
        String concerns,
        boolean perpetratorsKnown,
        String measuresPromised) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("victim", victim).roles("attendeeRoles", attendeeRoles).text("concerns", concerns)
             .text("measuresPromised", measuresPromised);
    }

    /** Who attended, as role codes, each once; only after {@link #checkFields} passed. */
    public java.util.List<ConversationRole> attendingRoles() {
        return attendeeRoles == null ? java.util.List.of()
                : attendeeRoles.stream().map(role -> ConversationRole.chosen(role).orElseThrow()).distinct().toList();
    }
}
