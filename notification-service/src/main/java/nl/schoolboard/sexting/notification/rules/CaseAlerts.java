package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.templates.CaseLinks;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import nl.schoolboard.sexting.notification.templates.RenderedTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An alert about a case, by e-mail: the message kind's template in each recipient's own language, with a link to the
 * case (as {@code caseLink} in the template and as the message's link). What else the text says is the rule's: it
 * gives the template's other values per language, since dates and step names read differently in each.
 */
@Component
class CaseAlerts {

    private final MessageTemplates templates;
    private final CaseLinks links;

    CaseAlerts(MessageTemplates templates, CaseLinks links) {
        this.templates = templates;
        this.links = links;
    }

    List<Notice> email(List<Recipient> recipients, MessageKind kind, String caseId,
                       Function<Locale, Map<String, String>> values) {
        String caseLink = links.toCase(caseId);
        return recipients.stream().map(recipient -> {
            Map<String, String> all = new HashMap<>(values.apply(recipient.locale()));
            all.put("caseLink", caseLink);
            RenderedTemplate text = templates.render(kind.template(), recipient.locale(), all);
            return new Notice(recipient, Channel.EMAIL, kind, new Message(text.subject(), text.body(), caseLink));
        }).toList();
    }
}
