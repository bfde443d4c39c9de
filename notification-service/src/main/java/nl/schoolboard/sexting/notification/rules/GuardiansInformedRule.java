package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.MalformedCaseEvent;
import nl.schoolboard.sexting.contracts.payload.GuardiansInformedPayload;
import nl.schoolboard.sexting.notification.delivery.Attachment;
import nl.schoolboard.sexting.notification.letters.ParentLetters;
import nl.schoolboard.sexting.notification.letters.SanctionDecisions;
import nl.schoolboard.sexting.notification.recipients.SchoolContact;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.Guardian;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The school recorded its decision to inform the guardians of one pupil of one fact: those guardians (from the
 * directory) get the message for that fact, each in their own language. This is the only way guardians are ever
 * told anything: no other event reaches them.
 *
 * <p>A parent message names no pupil and carries no pupil reference, not even their own child's: it speaks of "your
 * child" and "the incident the school discussed with you". It has no link (parents do not log in). If the directory
 * lists no guardian for the pupil, one e-mail to "guardians of" the pupil is recorded as failed, so that the school
 * sees it was not sent.
 */
@Component
record GuardiansInformedRule(ParentMail parentMail, ParentLetters letters, SanctionDecisions decisions)
        implements NotificationRule {

    private static final Map<String, MessageKind> FACTS = Map.of(
            "MEASURES_TAKEN", MessageKind.GUARDIANS_MEASURES_TAKEN,
            "POLICE_REPORTING_OPTION", MessageKind.GUARDIANS_POLICE_REPORTING_OPTION,
            "SANCTION_IMPOSED", MessageKind.GUARDIANS_SANCTION_IMPOSED);

    @Override
    public List<Notice> noticesFor(CaseEvent event) {
        GuardiansInformedPayload payload = StepPayloads.guardiansInformed(event);
        MessageKind kind = FACTS.get(payload.fact().value());
        if (kind == null) {
            throw new MalformedCaseEvent("there is no message for guardians about " + payload.fact());
        }
        // the decision letter states the measure only for a sanction, and only the one of this pupil
        Optional<ParentLetters.SanctionDecision> decision = kind == MessageKind.GUARDIANS_SANCTION_IMPOSED
                ? decisions.of(event.caseId(), payload.pupil().value()) : Optional.empty();
        return parentMail.toGuardians(event, payload.pupil().value(), kind,
                (guardian, locale, school) -> message(kind, guardian, locale, school, decision));
    }

    private Message message(MessageKind kind, Guardian guardian, Locale locale, SchoolContact school,
                            Optional<ParentLetters.SanctionDecision> decision) {
        List<Attachment> letter = kind == MessageKind.GUARDIANS_SANCTION_IMPOSED
                ? List.of(letters.decision(locale, ParentMail.nameOf(guardian), decision.orElse(null), school))
                : List.of();
        return parentMail.message(kind, guardian, locale, school, Map.of(), letter);
    }
}
