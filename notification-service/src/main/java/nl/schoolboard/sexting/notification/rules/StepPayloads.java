package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.contracts.payload.GuardiansInformedPayload;
import nl.schoolboard.sexting.contracts.payload.GuardiansInvitedPayload;
import nl.schoolboard.sexting.contracts.payload.SanctionImposedPayload;
import nl.schoolboard.sexting.contracts.payload.StepBecameOverduePayload;
import nl.schoolboard.sexting.contracts.payload.TeamBriefedPayload;

/**
 * The typed payloads of the step events this service acts on, read through the contract (which refuses a schema
 * version it does not know and a payload that does not fit), plus what a rule cannot do without: a payload that
 * lacks it is a {@link MalformedCaseEvent}, dead-lettered, to be replayed once the producer is fixed. Fields this
 * service does not use are ignored (tolerant reader).
 */
final class StepPayloads {

    private StepPayloads() {
    }

    static StepBecameOverduePayload stepOverdue(CaseEvent event) {
        StepBecameOverduePayload payload = CaseEventJson.payload(event, StepBecameOverduePayload.class);
        require(event, payload.step() != null, "step");
        return payload;
    }

    static TeamBriefedPayload teamBriefed(CaseEvent event) {
        TeamBriefedPayload payload = CaseEventJson.payload(event, TeamBriefedPayload.class);
        require(event, payload.staff() != null && !payload.staff().isEmpty()
                && payload.staff().stream().allMatch(java.util.Objects::nonNull), "staff");
        return payload;
    }

    static GuardiansInformedPayload guardiansInformed(CaseEvent event) {
        GuardiansInformedPayload payload = CaseEventJson.payload(event, GuardiansInformedPayload.class);
        require(event, payload.pupil() != null, "pupil");
        require(event, payload.fact() != null, "fact");
        return payload;
    }

    static GuardiansInvitedPayload guardiansInvited(CaseEvent event) {
        GuardiansInvitedPayload payload = CaseEventJson.payload(event, GuardiansInvitedPayload.class);
        require(event, payload.pupil() != null, "pupil");
        require(event, payload.conversationAt() != null, "conversationAt");
        require(event, payload.place() != null, "place");
        require(event, payload.hosts() != null && payload.hosts().stream().allMatch(java.util.Objects::nonNull), "hosts");
        return payload;
    }

    static SanctionImposedPayload sanctionImposed(CaseEvent event) {
        SanctionImposedPayload payload = CaseEventJson.payload(event, SanctionImposedPayload.class);
        require(event, payload.person() != null, "person");
        require(event, payload.kind() != null, "kind");
        return payload;
    }

    private static void require(CaseEvent event, boolean present, String field) {
        if (!present) {
            throw new MalformedCaseEvent("payload of " + event.type() + " v" + event.schemaVersion() + " lacks "
                    + field);
        }
    }
}
