package nl.schoolboard.sexting.notification.digest;

import nl.schoolboard.sexting.testsupport.MovableClock;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.DeliveryStatus;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest rules on their own: which alert goes out, which is merged, and into which digest. */
class AlertDigestsTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Recipient LEADER =
            new Recipient(RecipientKind.SCHOOL_LEADER, "L-1", "leider@school.example", Language.NL);
    private static final Recipient COORDINATOR =
            new Recipient(RecipientKind.CARE_COORDINATOR, "C-1", "zorg@school.example", Language.EN);

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-14T08:30:00Z"));
    private final InMemoryDigestStore store = new InMemoryDigestStore();
    private final AlertDigests digests = new AlertDigests(store, clock, WINDOW);

    private Delivery alert(String caseId, Recipient recipient) {
        UUID eventId = UUID.randomUUID();
        return new Delivery(eventId + ":" + recipient.address(), eventId.toString(), "StepBecameOverdue", "board-1",
                "school-1", caseId, recipient.kind(), recipient.ref(), recipient.address(), Channel.EMAIL,
                MessageKind.STEP_OVERDUE, DeliveryStatus.PENDING, 0, null, clock.instant(), null, null, null, null,
                null, null, "corr-" + eventId);
    }

    private static Notice notice(Recipient recipient, String subject) {
        return new Notice(recipient, Channel.EMAIL, MessageKind.STEP_OVERDUE, new Message(subject, "..."));
    }

    private Optional<String> offer(Delivery delivery) {
        return digests.mergeIntoDigest(delivery, notice(LEADER, "Stap over tijd: " + delivery.id()));
    }

    @Test
    void the_first_alert_goes_out_and_later_ones_within_the_window_are_merged_into_one_digest() {
        Delivery first = alert("case-1", LEADER);
        Delivery second = alert("case-1", LEADER);
        Delivery third = alert("case-1", LEADER);

        assertThat(offer(first)).isEmpty();
        clock.advance(Duration.ofMinutes(3));
        Optional<String> secondInto = offer(second);
        clock.advance(Duration.ofMinutes(6));
        Optional<String> thirdInto = offer(third);

        assertThat(secondInto).isPresent();
        assertThat(thirdInto).isEqualTo(secondInto);
        PendingDigest digest = store.digests.get(secondInto.get());
        assertThat(digest.items()).extracting(DigestItem::deliveryId).containsExactly(second.id(), third.id());
        assertThat(digest.items()).extracting(DigestItem::subject)
                .containsExactly("Stap over tijd: " + second.id(), "Stap over tijd: " + third.id());
        assertThat(digest.closesAt()).isEqualTo(Instant.parse("2025-03-14T08:40:00Z"));
        assertThat(digest.recipient()).isEqualTo(LEADER.address());
        assertThat(digest.recipientRef()).isEqualTo("L-1");
        assertThat(digest.language()).isEqualTo(Language.NL);
        assertThat(digest.status()).isEqualTo(DigestStatus.PENDING);
        assertThat(digest.sealed()).isFalse();
    }

    @Test
    void an_alert_after_the_window_goes_out_again_and_opens_the_next_window() {
        assertThat(offer(alert("case-1", LEADER))).isEmpty();
        clock.advance(WINDOW);

        assertThat(offer(alert("case-1", LEADER))).as("the window has just closed").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(offer(alert("case-1", LEADER))).as("within the next window").isPresent();
    }

    @Test
    void other_cases_and_other_recipients_have_windows_of_their_own() {
        assertThat(offer(alert("case-1", LEADER))).isEmpty();

        assertThat(offer(alert("case-2", LEADER))).isEmpty();
        assertThat(digests.mergeIntoDigest(alert("case-1", COORDINATOR), notice(COORDINATOR, "x"))).isEmpty();
        assertThat(offer(alert("case-1", LEADER))).isPresent();
    }

    @Test
    void the_alert_that_opened_the_window_still_goes_out_when_it_is_offered_again_after_a_crash() {
        Delivery first = alert("case-1", LEADER);
        assertThat(offer(first)).isEmpty();
        clock.advance(Duration.ofSeconds(5));

        assertThat(offer(first)).isEmpty();
        assertThat(store.digests).isEmpty();
    }

    @Test
    void a_merged_alert_offered_again_is_in_the_digest_once() {
        offer(alert("case-1", LEADER));
        Delivery second = alert("case-1", LEADER);

        Optional<String> once = offer(second);
        Optional<String> again = offer(second);

        assertThat(again).isEqualTo(once);
        assertThat(store.digests.get(once.get()).items()).hasSize(1);
    }

    @Test
    void a_digest_taken_up_for_sending_takes_no_more_alerts_and_the_next_one_goes_out_on_its_own() {
        offer(alert("case-1", LEADER));
        String digestId = offer(alert("case-1", LEADER)).orElseThrow();
        clock.advance(WINDOW);
        assertThat(store.claimDue(clock.instant(), clock.instant().plusSeconds(60))).map(PendingDigest::id)
                .contains(digestId);

        Optional<String> later = offer(alert("case-1", LEADER));

        assertThat(later).isEmpty();
        assertThat(store.digests.get(digestId).items()).hasSize(1);
    }

    @Test
    void a_window_of_zero_turns_digests_off() {
        AlertDigests off = new AlertDigests(store, clock, Duration.ZERO);

        assertThat(off.mergeIntoDigest(alert("case-1", LEADER), notice(LEADER, "a"))).isEmpty();
        assertThat(off.mergeIntoDigest(alert("case-1", LEADER), notice(LEADER, "b"))).isEmpty();
        assertThat(store.windows).isEmpty();
    }
}
