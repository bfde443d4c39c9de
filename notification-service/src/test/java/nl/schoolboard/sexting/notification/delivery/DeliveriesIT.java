package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.testsupport.MovableClock;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The idempotent delivery algorithm against the in-process MongoDB-wire store, with a fake channel. */
class DeliveriesIT {

    private static final Recipient CARE = new Recipient(RecipientKind.CARE_STAFF, "zorg@school.example");
    private static final Recipient OTHER = new Recipient(RecipientKind.CARE_STAFF, "ib@school.example");
    private static final Message MESSAGE = new Message("Onderwerp", "Tekst");

    private MongoTemplate mongo;
    private FakeEmailChannel channel;
    private RecordedOutcomes outcomes;
    private FlakyLog deliveryLog;
    private Deliveries deliveries;

    @BeforeEach
    void setUp() {
        mongo = new MongoTemplate(InMemoryMongo.client(), "deliveries-it");
        mongo.dropCollection(Delivery.class);
        channel = new FakeEmailChannel();
        outcomes = new RecordedOutcomes();
        deliveryLog = new FlakyLog(mongo);
        deliveryLog.createIndexes();
        deliveries = new Deliveries(deliveryLog, List.of(channel), outcomes);
    }

    private static Notice notice(Recipient recipient) {
        return new Notice(recipient, Channel.EMAIL, MessageKind.INCIDENT_REPORTED, MESSAGE);
    }

    private Delivery stored(CaseEvent event, Recipient recipient) {
        return mongo.findById(Delivery.idOf(event.eventId(), recipient), Delivery.class);
    }

    @Test
    void a_notice_is_sent_and_recorded_as_sent_with_everything_but_the_text() {
        CaseEvent event = TestCaseEvents.incidentReported("case-1", "corr-1");

        deliveries.deliverAll(event, List.of(notice(CARE)));

        assertThat(channel.sent).containsExactly(CARE.address());
        Delivery delivery = stored(event, CARE);
        assertThat(delivery.id()).isEqualTo(event.eventId() + ":zorg@school.example");
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.caseId()).isEqualTo("case-1");
        assertThat(delivery.schoolId()).isEqualTo(TestCaseEvents.SCHOOL);
        assertThat(delivery.boardId()).isEqualTo(TestCaseEvents.BOARD);
        assertThat(delivery.eventType()).isEqualTo("IncidentReported");
        assertThat(delivery.recipient()).isEqualTo("zorg@school.example");
        assertThat(delivery.recipientKind()).isEqualTo(RecipientKind.CARE_STAFF);
        assertThat(delivery.channel()).isEqualTo(Channel.EMAIL);
        assertThat(delivery.correlationId()).isEqualTo("corr-1");
        assertThat(delivery.createdAt()).isNotNull();
        assertThat(delivery.sentAt()).isNotNull();
        assertThat(delivery.outcomePublishedAt()).isNotNull();
        assertThat(outcomes.sent).containsExactly(delivery.id());
        assertThat(mongo.getCollection(Delivery.COLLECTION).find().first().toJson())
                .doesNotContain("Onderwerp").doesNotContain("Tekst");
    }

    @Test
    void the_same_event_again_sends_nothing_and_publishes_nothing_more() {
        CaseEvent event = TestCaseEvents.incidentReported("case-1");

        deliveries.deliverAll(event, List.of(notice(CARE)));
        deliveries.deliverAll(event, List.of(notice(CARE)));
        deliveries.deliverAll(event, List.of(notice(CARE)));

        assertThat(channel.sent).hasSize(1);
        assertThat(outcomes.sent).hasSize(1);
        assertThat(stored(event, CARE).attempts()).isEqualTo(1);
    }

    @Test
    void a_failed_send_stays_pending_with_its_reason_and_the_next_try_sends_it() {
        CaseEvent event = TestCaseEvents.incidentReported("case-1");
        channel.failFor.add(CARE.address());

        assertThatThrownBy(() -> deliveries.deliverAll(event, List.of(notice(CARE))))
                .isInstanceOfSatisfying(DeliveryFailed.class, failed ->
                        assertThat(failed.deliveryIds()).containsExactly(Delivery.idOf(event.eventId(), CARE)));
        Delivery pending = stored(event, CARE);
        assertThat(pending.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).isEqualTo("SERVER_UNREACHABLE");
        assertThat(outcomes.sent).isEmpty();

        channel.failFor.clear();
        deliveries.deliverAll(event, List.of(notice(CARE)));

        Delivery sent = stored(event, CARE);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(channel.sent).containsExactly(CARE.address());
    }

    @Test
    void giving_up_marks_the_delivery_failed_and_publishes_that_once() {
        CaseEvent event = TestCaseEvents.incidentReported("case-1");
        channel.failFor.add(CARE.address());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> deliveries.deliverAll(event, List.of(notice(CARE))))
                    .isInstanceOf(DeliveryFailed.class);
        }

        deliveries.giveUp(List.of(Delivery.idOf(event.eventId(), CARE)));

        Delivery failed = stored(event, CARE);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.lastError()).isNotBlank();
        assertThat(outcomes.failed).containsExactly(failed.id());
        assertThat(channel.sent).isEmpty();
    }

    @Test
    void a_failed_delivery_is_tried_again_when_its_record_is_replayed() {
        CaseEvent event = TestCaseEvents.incidentReported("case-1");
        channel.failFor.add(CARE.address());
        assertThatThrownBy(() -> deliveries.deliverAll(event, List.of(notice(CARE))))
                .isInstanceOf(DeliveryFailed.class);
        deliveries.giveUp(List.of(Delivery.idOf(event.eventId(), CARE)));
        channel.failFor.clear();

        deliveries.deliverAll(event, List.of(notice(CARE)));

        Delivery sent = stored(event, CARE);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.failedAt()).isNull();
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(outcomes.sent).containsExactly(sent.id());
    }

    @Test
    void giving_up_leaves_a_delivery_that_was_sent_after_all_alone() {
        CaseEvent event = TestCaseEvents.incidentReported("case-1");
        deliveries.deliverAll(event, List.of(notice(CARE)));

        deliveries.giveUp(List.of(Delivery.idOf(event.eventId(), CARE)));

        assertThat(stored(event, CARE).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(outcomes.failed).isEmpty();
    }

    @Test
    void one_unreachable_recipient_does_not_hold_up_the_others() {
        CaseEvent event = TestCaseEvents.incidentReported("case-1");
        channel.failFor.add(CARE.address());

        assertThatThrownBy(() -> deliveries.deliverAll(event, List.of(notice(CARE), notice(OTHER))))
                .isInstanceOfSatisfying(DeliveryFailed.class, failed ->
                        assertThat(failed.deliveryIds()).containsExactly(Delivery.idOf(event.eventId(), CARE)));

        assertThat(channel.sent).containsExactly(OTHER.address());
        assertThat(stored(event, OTHER).status()).isEqualTo(DeliveryStatus.SENT);

        channel.failFor.clear();
        deliveries.deliverAll(event, List.of(notice(CARE), notice(OTHER)));

        assertThat(channel.sent).containsExactly(OTHER.address(), CARE.address());
    }

    @Test
    void a_crash_between_sending_and_marking_sent_costs_at_most_one_extra_mail() {
        CaseEvent event = TestCaseEvents.incidentReported("case-1");
        deliveryLog.failNextMarkSent = true;

        assertThatThrownBy(() -> deliveries.deliverAll(event, List.of(notice(CARE))))
                .hasMessageContaining("crash");
        assertThat(stored(event, CARE).status()).isEqualTo(DeliveryStatus.PENDING);

        deliveries.deliverAll(event, List.of(notice(CARE)));
        deliveries.deliverAll(event, List.of(notice(CARE)));

        assertThat(channel.sent).as("the one extra mail of the crash window, then no more").hasSize(2);
        assertThat(stored(event, CARE).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(outcomes.sent).hasSize(1);
    }

    @Test
    void an_outcome_that_could_not_be_published_is_published_on_redelivery_without_mailing_again() {
        CaseEvent event = TestCaseEvents.incidentReported("case-1");
        outcomes.failNextSent = true;

        assertThatThrownBy(() -> deliveries.deliverAll(event, List.of(notice(CARE))))
                .hasMessageContaining("broker");
        assertThat(stored(event, CARE).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(stored(event, CARE).outcomePublishedAt()).isNull();

        deliveries.deliverAll(event, List.of(notice(CARE)));

        assertThat(channel.sent).hasSize(1);
        assertThat(outcomes.sent).containsExactly(Delivery.idOf(event.eventId(), CARE));
        assertThat(stored(event, CARE).outcomePublishedAt()).isNotNull();
    }

    @Test
    void the_deliveries_of_a_case_are_listed_oldest_first_and_a_case_without_any_gives_none() {
        CaseEvent first = TestCaseEvents.incidentReported("case-1");
        CaseEvent second = TestCaseEvents.incidentReported("case-1");
        deliveries.deliverAll(first, List.of(notice(CARE)));
        deliveries.deliverAll(second, List.of(notice(CARE)));
        deliveries.deliverAll(TestCaseEvents.incidentReported("case-2"), List.of(notice(CARE)));

        assertThat(deliveries.forCase("case-1")).extracting(Delivery::eventId)
                .containsExactly(first.eventId().toString(), second.eventId().toString());
        assertThat(deliveries.forCase("case-unknown")).isEmpty();
    }

    @Test
    void an_alert_taken_into_a_digest_is_merged_not_sent_published_as_merged_once_and_never_sent_later() {
        List<String> offered = new ArrayList<>();
        Deliveries bundled = new Deliveries(deliveryLog, List.of(channel), outcomes, (delivery, notice) -> {
            offered.add(delivery.id());
            return Optional.of("digest-1");
        });
        CaseEvent event = TestCaseEvents.incidentReported("case-1");

        bundled.deliverAll(event, List.of(notice(CARE)));
        bundled.deliverAll(event, List.of(notice(CARE)));

        Delivery merged = stored(event, CARE);
        assertThat(merged.status()).isEqualTo(DeliveryStatus.MERGED);
        assertThat(merged.digestId()).isEqualTo("digest-1");
        assertThat(merged.mergedAt()).isNotNull();
        assertThat(merged.statusAt()).isEqualTo(merged.mergedAt());
        assertThat(merged.attempts()).isZero();
        assertThat(channel.sent).isEmpty();
        assertThat(outcomes.merged).containsExactly(merged.id());
        assertThat(offered).as("asked once; the repeat is a duplicate").hasSize(1);
    }

    @Test
    void only_alerts_are_offered_for_a_digest() {
        List<MessageKind> offered = new ArrayList<>();
        Deliveries bundled = new Deliveries(deliveryLog, List.of(channel), outcomes, (delivery, notice) -> {
            offered.add(notice.kind());
            return Optional.of("digest-1");
        });
        CaseEvent event = TestCaseEvents.incidentReported("case-1");

        bundled.deliverAll(event, List.of(new Notice(CARE, Channel.EMAIL, MessageKind.TEAM_BRIEFING, MESSAGE),
                new Notice(OTHER, Channel.EMAIL, MessageKind.GUARDIANS_MEASURES_TAKEN, MESSAGE)));

        assertThat(offered).isEmpty();
        assertThat(channel.sent).containsExactly(CARE.address(), OTHER.address());
    }

    @Test
    void an_alert_for_a_board_without_a_fallback_mailbox_is_recorded_failed_as_having_nobody_to_tell() {
        Recipient nobody = new Recipient(RecipientKind.CARE_STAFF, "no fallback mailbox", null, null);
        CaseEvent event = TestCaseEvents.incidentReported("case-nobody");

        deliveries.deliverAll(event, List.of(new Notice(nobody, Channel.EMAIL, MessageKind.INCIDENT_REPORTED, MESSAGE)));

        assertThat(mongo.findAll(Delivery.class)).filteredOn(d -> d.caseId().equals("case-nobody")).singleElement()
                .satisfies(failed -> {
                    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(failed.lastError()).isEqualTo("NO_RECIPIENT");
                    assertThat(outcomes.failed).containsExactly(failed.id());
                });
        assertThat(channel.sent).isEmpty();
    }

    @Test
    void someone_without_an_address_is_recorded_failed_at_once_and_that_is_published_once() {
        Recipient unknown = new Recipient(RecipientKind.TEAM_MEMBER, "S-9", null, null);
        CaseEvent event = TestCaseEvents.incidentReported("case-1");
        Notice notice = new Notice(unknown, Channel.EMAIL, MessageKind.TEAM_BRIEFING, MESSAGE);

        deliveries.deliverAll(event, List.of(notice));
        deliveries.deliverAll(event, List.of(notice));

        Delivery failed = mongo.findById(event.eventId() + ":EMAIL:S-9", Delivery.class);
        assertThat(failed).isNotNull();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.recipientRef()).isEqualTo("S-9");
        assertThat(failed.recipient()).isNull();
        assertThat(failed.lastError()).isEqualTo("NO_ADDRESS");
        assertThat(failed.failedAt()).isNotNull();
        assertThat(outcomes.failed).containsExactly(failed.id());
        assertThat(channel.sent).isEmpty();
    }

    @Test
    void the_inbox_is_reached_by_staff_reference_once_per_event() {
        List<String> inbox = new ArrayList<>();
        ChannelSender inboxChannel = new ChannelSender() {
            @Override
            public Channel channel() {
                return Channel.INBOX;
            }

            @Override
            public void send(Delivery delivery, Notice notice) {
                inbox.add(delivery.id());
            }
        };
        Deliveries withInbox = new Deliveries(deliveryLog, List.of(channel, inboxChannel), outcomes);
        Recipient member = new Recipient(RecipientKind.TEAM_MEMBER, "S-1", "s1@school.example", null);
        CaseEvent event = TestCaseEvents.incidentReported("case-1");
        List<Notice> notices = List.of(new Notice(member, Channel.EMAIL, MessageKind.TEAM_BRIEFING, MESSAGE),
                new Notice(member, Channel.INBOX, MessageKind.TEAM_BRIEFING, MESSAGE));

        withInbox.deliverAll(event, notices);
        withInbox.deliverAll(event, notices);

        assertThat(inbox).containsExactly(event.eventId() + ":INBOX:S-1");
        assertThat(channel.sent).containsExactly("s1@school.example");
        Delivery inInbox = mongo.findById(event.eventId() + ":INBOX:S-1", Delivery.class);
        assertThat(inInbox.recipient()).isEqualTo("S-1");
        assertThat(inInbox.channel()).isEqualTo(Channel.INBOX);
        assertThat(inInbox.messageKind()).isEqualTo(MessageKind.TEAM_BRIEFING);
        assertThat(outcomes.sent).hasSize(2);
    }

    /** The real log, able to die once right after the mail went out. */
    private static final class FlakyLog extends DeliveryLog {
        boolean failNextMarkSent;

        FlakyLog(MongoTemplate mongo) {
            super(mongo, MovableClock.ticking(Instant.parse("2025-03-14T08:30:00Z"), Duration.ofMillis(1)));
        }

        @Override
        public Delivery markSent(String id) {
            if (failNextMarkSent) {
                failNextMarkSent = false;
                throw new IllegalStateException("crash: MongoDB gone right after the send");
            }
            return super.markSent(id);
        }
    }
}
