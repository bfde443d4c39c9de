package nl.schoolboard.sexting.notification.digest;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.testsupport.MovableClock;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.NotificationProperties;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.delivery.Channel;
import nl.schoolboard.sexting.notification.delivery.Deliveries;
import nl.schoolboard.sexting.notification.delivery.Delivery;
import nl.schoolboard.sexting.notification.delivery.DeliveryLog;
import nl.schoolboard.sexting.notification.delivery.DeliveryStatus;
import nl.schoolboard.sexting.notification.delivery.FakeEmailChannel;
import nl.schoolboard.sexting.notification.delivery.Message;
import nl.schoolboard.sexting.notification.delivery.MessageKind;
import nl.schoolboard.sexting.notification.delivery.Notice;
import nl.schoolboard.sexting.notification.delivery.RecordedOutcomes;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import nl.schoolboard.sexting.notification.templates.CaseLinks;
import nl.schoolboard.sexting.notification.templates.MessageTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Digests against the in-process MongoDB-wire store: the store's guards, merging through {@link Deliveries}, the
 * sender after the window, after a restart, and when the mail server keeps refusing.
 */
class DigestIT {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final NotificationProperties.Retry RETRY =
            new NotificationProperties.Retry(Duration.ofSeconds(1), 2, Duration.ofSeconds(30), 3);
    private static final Recipient LEADER =
            new Recipient(RecipientKind.SCHOOL_LEADER, "L-1", "leider@school.example", Language.NL);
    private static final Recipient COORDINATOR =
            new Recipient(RecipientKind.CARE_COORDINATOR, "C-1", "zorg@school.example", Language.EN);

    private MongoTemplate mongo;
    private MovableClock clock;
    private FakeEmailChannel channel;
    private RecordedOutcomes outcomes;
    private Deliveries deliveries;
    private DigestSender sender;
    private MongoDigestStore store;

    @BeforeEach
    void setUp() {
        mongo = new MongoTemplate(InMemoryMongo.client(), "digest-it");
        mongo.getDb().drop();
        clock = new MovableClock(Instant.parse("2025-03-14T08:30:00Z"));
        channel = new FakeEmailChannel();
        outcomes = new RecordedOutcomes();
        start();
    }

    /** Builds the service's parts afresh on the same database, as a (re)start does. */
    private void start() {
        store = new MongoDigestStore(mongo);
        store.createIndexes();
        DeliveryLog log = new DeliveryLog(mongo, clock);
        deliveries = new Deliveries(log, List.of(channel), outcomes, new AlertDigests(store, clock, WINDOW));
        sender = new DigestSender(store, deliveries, new MessageTemplates(),
                new CaseLinks("http://localhost:8080/cases/"), clock, LEASE, RETRY);
    }

    private CaseEvent alert(String caseId, Recipient recipient, String subject) {
        CaseEvent event = TestCaseEvents.stepOverdue(caseId, "VICTIM_CONVERSATION", clock.instant());
        deliveries.deliverAll(event, List.of(new Notice(recipient, Channel.EMAIL, MessageKind.STEP_OVERDUE,
                new Message(subject, "tekst", "http://localhost:8080/cases/" + caseId))));
        return event;
    }

    private List<Delivery> deliveriesOf(String caseId) {
        return mongo.find(query(where("caseId").is(caseId)), Delivery.class);
    }

    @Test
    void the_first_alert_is_sent_the_rest_merged_and_one_digest_goes_out_when_the_window_closes() {
        alert("case-1", LEADER, "Nieuwe melding sexting — actie nodig");
        clock.advance(Duration.ofMinutes(2));
        CaseEvent second = alert("case-1", LEADER, "Stap over tijd: Gesprek met het slachtoffer");
        clock.advance(Duration.ofMinutes(3));
        CaseEvent third = alert("case-1", LEADER, "Stap over tijd: Contact met de politie");

        assertThat(channel.sent).hasSize(1);
        assertThat(deliveriesOf("case-1")).extracting(Delivery::status)
                .containsExactlyInAnyOrder(DeliveryStatus.SENT, DeliveryStatus.MERGED, DeliveryStatus.MERGED);
        assertThat(outcomes.merged).containsExactlyInAnyOrder(Delivery.idOf(second.eventId(), LEADER),
                Delivery.idOf(third.eventId(), LEADER));

        clock.advance(Duration.ofMinutes(4));
        assertThat(sender.sendDue()).as("the window is still open").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).as("sent once").isZero();

        assertThat(channel.sent).hasSize(2);
        Message digest = channel.messages.get(1);
        assertThat(digest.subject()).isEqualTo("Overzicht van nieuwe berichten over een sextingmelding (2)");
        assertThat(digest.body())
                .contains("Sinds ons bericht van 14 maart 2025 om 09:30")
                .contains("- 14 maart 2025 om 09:32: Stap over tijd: Gesprek met het slachtoffer")
                .contains("- 14 maart 2025 om 09:35: Stap over tijd: Contact met de politie")
                .contains("http://localhost:8080/cases/case-1");
        Delivery sent = deliveriesOf("case-1").stream().filter(d -> d.messageKind() == MessageKind.ALERT_DIGEST)
                .findFirst().orElseThrow();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.id()).startsWith("digest:");
        assertThat(sent.eventId()).isEqualTo(second.eventId().toString());
        assertThat(sent.recipientKind()).isEqualTo(RecipientKind.SCHOOL_LEADER);
        assertThat(sent.recipientRef()).isEqualTo("L-1");
        assertThat(outcomes.sent).contains(sent.id());
    }

    @Test
    void each_recipient_has_their_own_digest_in_their_own_language() {
        alert("case-1", LEADER, "a");
        alert("case-1", COORDINATOR, "a");
        alert("case-1", LEADER, "Stap over tijd: Gesprek met het slachtoffer");
        alert("case-1", COORDINATOR, "Step overdue: Conversation with the victim");
        clock.advance(WINDOW);

        assertThat(sender.sendDue()).isEqualTo(2);

        assertThat(channel.sent).containsExactly(LEADER.address(), COORDINATOR.address(), LEADER.address(),
                COORDINATOR.address());
        assertThat(channel.messages.get(3).subject()).isEqualTo("Summary of new messages about a sexting case (1)");
    }

    @Test
    void a_restart_loses_no_merged_alert() {
        alert("case-1", LEADER, "a");
        alert("case-1", LEADER, "b");
        clock.advance(WINDOW);

        start();
        sender.sendDue();

        assertThat(channel.sent).hasSize(2);
        assertThat(channel.messages.get(1).body()).contains(": b");
    }

    @Test
    void a_merged_alert_delivered_again_is_neither_sent_nor_listed_twice() {
        alert("case-1", LEADER, "a");
        CaseEvent second = TestCaseEvents.stepOverdue("case-1", "SANCTIONS", clock.instant());
        Notice notice = new Notice(LEADER, Channel.EMAIL, MessageKind.STEP_OVERDUE, new Message("b", "tekst"));
        deliveries.deliverAll(second, List.of(notice));
        deliveries.deliverAll(second, List.of(notice));
        clock.advance(WINDOW);

        sender.sendDue();

        assertThat(channel.sent).hasSize(2);
        assertThat(outcomes.merged).hasSize(1);
        PendingDigest digest = mongo.findAll(PendingDigest.class).get(0);
        assertThat(digest.items()).hasSize(1);
        assertThat(digest.status()).isEqualTo(DigestStatus.SENT);
    }

    @Test
    void a_digest_the_mail_server_keeps_refusing_is_tried_after_each_lease_and_then_failed_and_published() {
        alert("case-1", LEADER, "a");
        alert("case-1", LEADER, "b");
        channel.refuse = true;
        clock.advance(WINDOW);

        for (int round = 0; round < RETRY.maxAttempts(); round++) {
            assertThat(sender.sendDue()).as("try %d", round + 1).isEqualTo(1);
            assertThat(sender.sendDue()).as("not again before the lease ends").isZero();
            clock.advance(LEASE);
        }
        assertThat(sender.sendDue()).isZero();

        Delivery failed = deliveriesOf("case-1").stream().filter(d -> d.messageKind() == MessageKind.ALERT_DIGEST)
                .findFirst().orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(RETRY.maxAttempts());
        assertThat(outcomes.failed).containsExactly(failed.id());
        assertThat(mongo.findAll(PendingDigest.class)).singleElement()
                .satisfies(digest -> assertThat(digest.status()).isEqualTo(DigestStatus.FAILED));
    }

    @Test
    void the_store_refuses_a_second_open_window_and_additions_to_a_sealed_digest() {
        Instant now = clock.instant();
        AlertWindow window = new AlertWindow("case-9|a@b.nl", "case-9", "a@b.nl", now, now.plus(WINDOW), "first");

        assertThat(store.tryOpen(window, now)).isTrue();
        assertThat(store.tryOpen(new AlertWindow(window.id(), "case-9", "a@b.nl", now, now.plus(WINDOW), "second"),
                now.plusSeconds(1))).isFalse();
        assertThat(store.openWindow(window.id(), now.plusSeconds(1))).map(AlertWindow::firstDeliveryId)
                .contains("first");
        assertThat(store.openWindow(window.id(), now.plus(WINDOW))).isEmpty();
        assertThat(store.tryOpen(new AlertWindow(window.id(), "case-9", "a@b.nl", now.plus(WINDOW),
                now.plus(WINDOW).plus(WINDOW), "third"), now.plus(WINDOW))).isTrue();

        PendingDigest start = new PendingDigest("d-1", "board", "school", "case-9", RecipientKind.SCHOOL_LEADER,
                "L-1", "a@b.nl", Language.NL, now, now, false, DigestStatus.PENDING, 0, now, List.of(), "corr", null,
                null);
        DigestItem item = new DigestItem("x", "e", "StepBecameOverdue", now, "s");
        assertThat(store.add(start, item)).isTrue();
        assertThat(store.add(start, item)).isTrue();
        assertThat(store.claimDue(now, now.plus(LEASE))).isPresent();
        assertThat(store.add(start, new DigestItem("y", "e", "StepBecameOverdue", now, "t"))).isFalse();
        assertThat(store.find("d-1")).get().satisfies(digest -> {
            assertThat(digest.items()).containsExactly(item);
            assertThat(digest.sealed()).isTrue();
            assertThat(digest.claims()).isEqualTo(1);
        });
    }
}
