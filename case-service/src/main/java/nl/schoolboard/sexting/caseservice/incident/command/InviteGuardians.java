package nl.schoolboard.sexting.caseservice.incident.command;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationPlace;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.refusal.RuleCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

/**
 * The school invites the guardians of one pupil to a conversation; notification-service sends them the invitation
 * (a mail with a letter, and the school's own address to reply to).
 *
 * @param occurredAt      when the invitation was decided; may lie in the past, never in the future
 * @param conversationAt  when the conversation is to be held: after {@code occurredAt}
 * @param hosts           the roles taking part for the school, as {@link ConversationRole} codes
 */
public record InviteGuardians(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        Instant occurredAt,
        PersonRef pupil,
        Instant conversationAt,
        ConversationPlace place,
        List<String> hosts) implements StepCommand {

    @Override
    public void checkFields(FieldCheck check) {
        check.person("pupil", pupil)
             .required("conversationAt", conversationAt, RuleCode.CONVERSATION_MOMENT_MISSING)
             .required("place", place, RuleCode.CONVERSATION_PLACE_MISSING)
             .required("hosts", hosts, RuleCode.CONVERSATION_HOSTS_MISSING)
             .roles("hosts", hosts);
        if (conversationAt != null && occurredAt != null) {
            check.check(conversationAt.isAfter(occurredAt), "conversationAt", RuleCode.CONVERSATION_MOMENT_PASSED);
        }
    }

    /** The roles taking part, each once; only after {@link #checkFields} passed. */
    public List<ConversationRole> hostRoles() {
        return hosts.stream().map(role -> ConversationRole.chosen(role).orElseThrow()).distinct().toList();
    }
}
