package nl.schoolboard.sexting.caseservice.incident.event;

import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.ConversationRole;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeDecision;
import nl.schoolboard.sexting.caseservice.incident.people.MeldcodeStep;

import java.time.Instant;

/**
 * A step of the Meldcode was taken, by a role (the aandachtsfunctionaris as a rule); whether Veilig Thuis was
 * consulted; at step 5, the decision.
 */
public record MeldcodeStepTaken(
        CaseId caseId,
        Instant occurredAt,
        MeldcodeStep step,
        ConversationRole byRole,
        boolean veiligThuisConsulted,
        MeldcodeDecision decision) implements CaseFact {
}
