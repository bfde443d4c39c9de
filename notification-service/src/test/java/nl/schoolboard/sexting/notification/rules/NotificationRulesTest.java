package nl.schoolboard.sexting.notification.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.contracts.CaseEventJson;
import nl.schoolboard.sexting.notification.InMemoryDirectory;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static nl.schoolboard.sexting.notification.TestCaseEvents.VICTIM_REF;
import static org.assertj.core.api.Assertions.assertThat;

/** All rules together, as the listener uses them. */
class NotificationRulesTest {

    private final InMemoryDirectory directory = RuleFixtures.directory();
    private final NotificationRules rules = RuleFixtures.allRules(directory);

    @Test
    void guardians_are_never_told_on_any_event_but_the_decision_to_inform_them() {
        ObjectNode sanction = CaseEventJson.mapper().createObjectNode().put("person", VICTIM_REF).put("kind", "DETENTION");
        ObjectNode interview = CaseEventJson.mapper().createObjectNode().put("parentsPresent", true);
        interview.putArray("attendees").add(VICTIM_REF);
        ObjectNode closed = CaseEventJson.mapper().createObjectNode().put("outcome", "RESOLVED");
        List<CaseEvent> others = List.of(
                TestCaseEvents.incidentReported("case-1"),
                TestCaseEvents.stepOverdue("case-1", "VICTIM_CONVERSATION", Instant.parse("2025-03-17T08:30:00Z")),
                TestCaseEvents.teamBriefed("case-1", List.of("S-1"), "NOT_DISCUSSED", null),
                TestCaseEvents.stepEvent("case-1", "SanctionImposed", sanction),
                TestCaseEvents.stepEvent("case-1", "VictimInterviewed", interview),
                TestCaseEvents.stepEvent("case-1", "VictimInformedOfReportingOption",
                        CaseEventJson.mapper().createObjectNode().put("pupil", VICTIM_REF)),
                TestCaseEvents.stepEvent("case-1", "CaseClosed", closed));

        for (CaseEvent event : others) {
            assertThat(rules.noticesFor(event)).as(event.type())
                    .noneMatch(notice -> notice.recipient().kind() == RecipientKind.GUARDIAN);
        }
        assertThat(rules.noticesFor(TestCaseEvents.guardiansInformed("case-1", VICTIM_REF, "MEASURES_TAKEN")))
                .extracting(Notice::recipient).extracting(r -> r.kind()).containsOnly(RecipientKind.GUARDIAN);
    }

    @Test
    void events_without_a_rule_are_skipped() {
        assertThat(rules.noticesFor(TestCaseEvents.otherEvent("case-1"))).isEmpty();
        assertThat(rules.noticesFor(TestCaseEvents.stepEvent("case-1", "PoliceContacted",
                CaseEventJson.mapper().createObjectNode().put("decision", "AANGIFTE")))).isEmpty();
    }
}
