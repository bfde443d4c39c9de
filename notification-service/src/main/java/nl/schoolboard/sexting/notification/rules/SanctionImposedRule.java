package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.payload.SanctionImposedPayload;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.letters.ParentLetters;
import nl.schoolboard.sexting.notification.letters.SanctionDecisions;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A measure was imposed: nobody is told now (parents hear of it only when the school decides to tell them), but the
 * decision is kept, so that the letter to the parents can state it then (see {@link GuardiansInformedRule}).
 */
@Component
record SanctionImposedRule(SanctionDecisions decisions) implements NotificationRule {

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        SanctionImposedPayload payload = StepPayloads.sanctionImposed(event);
        decisions.remember(event.boardId(), event.schoolId(), event.caseId(), payload.person().value(),
                new ParentLetters.SanctionDecision(payload.kind().value(), payload.from(), payload.until()));
        return List.of();
    }
}
