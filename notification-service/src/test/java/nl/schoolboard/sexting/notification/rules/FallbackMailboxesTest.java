package nl.schoolboard.sexting.notification.rules;

import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.InMemoryDirectory;
import nl.schoolboard.sexting.notification.NotificationProperties.FallbackMailbox;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.FailureReason;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case link goes to its own board's fallback mailbox or to none: a board without one is recorded as having nobody
 * to tell, never helped out by another board's mailbox. In production the service does not start with one mailbox for
 * every board, nor without the boards' mailboxes unless that is said on purpose.
 */
class FallbackMailboxesTest {

    private static final String NOORD = "board-noord";
    private static final String ZUID = "board-zuid";
    private static final String NOORD_MAILBOX = "zorg@noord.example";

    @Test
    void a_case_of_a_board_without_a_fallback_mailbox_never_reaches_another_boards_mailbox() {
        NotificationRule rule = new CaseAlerts(new InMemoryDirectory(),
                FallbackMailboxes.forBoards(Map.of(NOORD, NOORD_MAILBOX)), RuleFixtures.TEMPLATES,
                RuleFixtures.LINKS)::incidentReported;

        assertThat(rule.noticesFor(ofBoard(NOORD))).singleElement()
                .satisfies(notice -> assertThat(notice.recipient().address()).isEqualTo(NOORD_MAILBOX));
        assertThat(rule.noticesFor(ofBoard(ZUID))).singleElement().satisfies(notice -> {
            assertThat(notice.recipient().kind()).isEqualTo(RecipientKind.CARE_STAFF);
            assertThat(notice.recipient().address()).as("nobody, rather than board noord's mailbox").isNull();
            assertThat(notice.reachable()).isFalse();
            assertThat(notice.unreachableReason()).isEqualTo(FailureReason.NO_RECIPIENT);
        });
    }

    @Test
    void production_refuses_one_mailbox_for_every_board() {
        assertThatThrownBy(() -> new FallbackMailboxes(new FallbackMailbox(Map.of(NOORD, NOORD_MAILBOX),
                "zorg@school.example", true), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("notification.fallback-mailbox.default");
    }

    @Test
    void production_refuses_to_start_without_the_boards_mailboxes_unless_told_that_none_are_required() {
        assertThatThrownBy(() -> new FallbackMailboxes(new FallbackMailbox(Map.of(), null, true), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("notification.fallback-mailbox.boards.<board id>")
                .hasMessageContaining("notification.fallback-mailbox.required=false");

        FallbackMailboxes none = new FallbackMailboxes(new FallbackMailbox(Map.of(), null, false), true);
        assertThat(none.of(NOORD)).isEmpty();
        FallbackMailboxes perBoard = new FallbackMailboxes(new FallbackMailbox(Map.of(NOORD, NOORD_MAILBOX), null,
                true), true);
        assertThat(perBoard.of(NOORD)).contains(NOORD_MAILBOX);
        assertThat(perBoard.of(ZUID)).isEmpty();
    }

    @Test
    void outside_production_one_mailbox_may_stand_in_for_every_board_but_a_boards_own_comes_first() {
        FallbackMailboxes local = new FallbackMailboxes(new FallbackMailbox(Map.of(NOORD, NOORD_MAILBOX),
                "zorg@school.example", true), false);

        assertThat(local.of(NOORD)).contains(NOORD_MAILBOX);
        assertThat(local.of(ZUID)).contains("zorg@school.example");
    }

    private static CaseEvent ofBoard(String board) {
        CaseEvent event = TestCaseEvents.incidentReported(TestCaseEvents.newCaseId());
        return new CaseEvent(event.eventId(), event.type(), event.schemaVersion(), event.occurredAt(),
                event.recordedAt(), board, event.schoolId(), event.caseId(), event.caseVersion(), event.actor(),
                event.correlationId(), event.payload());
    }
}
