package nl.schoolboard.sexting.notification.delivery;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import nl.schoolboard.sexting.contracts.CaseEvent;
import nl.schoolboard.sexting.notification.TestCaseEvents;
import nl.schoolboard.sexting.notification.recipients.Language;
import nl.schoolboard.sexting.notification.recipients.Recipient;
import nl.schoolboard.sexting.notification.recipients.RecipientKind;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasing the addresses in what was sent to a pupil's guardians, against the in-process MongoDB-wire store: the
 * address goes from every field and from the id, the rest of the record stays, and an erasure that stopped half-way
 * is finished by erasing again.
 */
class GuardianAddressErasureIT {

    private static final String PUPIL = "P-ERASE";
    private static final String OTHER_PUPIL = "P-KEEP";
    private static final String PARENT = "ouder.erase@thuis.example";
    private static final String SECOND_PARENT = "parent.erase@home.example";
    private static final String OTHER_PARENT = "ouder.keep@thuis.example";
    private static final String BOARD = TestCaseEvents.BOARD;
    private static final String SCHOOL = TestCaseEvents.SCHOOL;

    private MongoTemplate mongo;
    private DeliveryLog log;

    @BeforeEach
    void setUp() {
        mongo = new MongoTemplate(InMemoryMongo.client(), "erasure-it");
        mongo.dropCollection(Delivery.class);
        log = new DeliveryLog(mongo, Clock.systemUTC());
    }

    private static Recipient guardian(String pupil, String address) {
        return new Recipient(RecipientKind.GUARDIAN, Recipient.guardiansOf(pupil), address, Language.DEFAULT);
    }

    /**
     * A message to a guardian, sent ({@code failure} null) or given up with that reason: a mail server's words, as
     * deliveries recorded before failures became codes may still hold (erasure clears them too).
     */
    private Delivery told(CaseEvent event, Recipient recipient, String failure) {
        Delivery open = log.open(event, new Notice(recipient, Channel.EMAIL, MessageKind.GUARDIANS_MEASURES_TAKEN,
                new Message("Onderwerp", "Tekst")));
        if (failure == null) {
            return log.markSent(open.id());
        }
        log.startAttempt(open.id());
        log.recordFailedAttempt(open.id(), FailureReason.MAILBOX_UNAVAILABLE);
        mongo.getCollection(Delivery.COLLECTION).updateOne(new org.bson.Document("_id", open.id()),
                new org.bson.Document("$set", new org.bson.Document("lastError", failure)));
        return log.markFailed(open.id()).orElseThrow();
    }

    private List<String> everyStoredDelivery() {
        List<String> all = new ArrayList<>();
        mongo.getCollection(Delivery.COLLECTION).find().forEach(document -> all.add(document.toJson()));
        return all;
    }

    @Test
    void every_address_of_the_pupils_guardians_goes_and_what_was_sent_when_stays() {
        CaseEvent event = TestCaseEvents.guardiansInformed("case-erase", PUPIL, "MEASURES_TAKEN");
        Delivery sent = told(event, guardian(PUPIL, PARENT), null);
        Delivery failed = told(event, guardian(PUPIL, SECOND_PARENT), "550 5.1.1 <" + SECOND_PARENT + "> unknown");
        Delivery other = told(TestCaseEvents.guardiansInformed("case-keep", OTHER_PUPIL, "MEASURES_TAKEN"),
                guardian(OTHER_PUPIL, OTHER_PARENT), null);
        assertThat(sent.id()).as("the id holds the address").contains(PARENT);

        int erased = log.eraseGuardianAddresses(BOARD, SCHOOL, PUPIL);

        assertThat(erased).isEqualTo(2);
        assertThat(everyStoredDelivery()).hasSize(3)
                .noneMatch(json -> json.contains(PARENT) || json.contains(SECOND_PARENT))
                .anyMatch(json -> json.contains(OTHER_PARENT));
        List<Delivery> now = log.toGuardiansOf(BOARD, SCHOOL, PUPIL);
        assertThat(now).hasSize(2).allSatisfy(delivery -> {
            assertThat(delivery.recipient()).isEqualTo(DeliveryLog.ERASED);
            assertThat(delivery.caseId()).isEqualTo("case-erase");
            assertThat(delivery.messageKind()).isEqualTo(MessageKind.GUARDIANS_MEASURES_TAKEN);
            assertThat(delivery.recipientRef()).isEqualTo("guardians of " + PUPIL);
        });
        assertThat(now).extracting(Delivery::status, Delivery::statusAt).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(DeliveryStatus.SENT, sent.sentAt()),
                org.assertj.core.groups.Tuple.tuple(DeliveryStatus.FAILED, failed.failedAt()));
        assertThat(now).filteredOn(d -> d.status() == DeliveryStatus.FAILED).singleElement()
                .satisfies(d -> assertThat(d.lastError()).isEqualTo(DeliveryLog.ERASED));
        assertThat(log.find(other.id())).hasValueSatisfying(d -> assertThat(d.recipient()).isEqualTo(OTHER_PARENT));
    }

    @Test
    void erasing_again_changes_nothing_and_another_board_erases_nothing_of_ours() {
        CaseEvent event = TestCaseEvents.guardiansInformed("case-erase", PUPIL, "MEASURES_TAKEN");
        told(event, guardian(PUPIL, PARENT), null);

        assertThat(log.eraseGuardianAddresses("board-elsewhere", SCHOOL, PUPIL)).isZero();
        assertThat(everyStoredDelivery()).anyMatch(json -> json.contains(PARENT));
        log.eraseGuardianAddresses(BOARD, SCHOOL, PUPIL);
        List<String> once = everyStoredDelivery();

        assertThat(log.eraseGuardianAddresses(BOARD, SCHOOL, PUPIL)).isZero();
        assertThat(everyStoredDelivery()).isEqualTo(once);
    }

    @Test
    void a_delivery_that_reached_nobody_has_no_address_to_erase_and_keeps_its_id() {
        CaseEvent event = TestCaseEvents.guardiansInformed("case-nobody", PUPIL, "MEASURES_TAKEN");
        Delivery open = log.open(event, new Notice(new Recipient(RecipientKind.GUARDIAN, Recipient.guardiansOf(PUPIL),
                null, Language.DEFAULT), Channel.EMAIL, MessageKind.GUARDIANS_MEASURES_TAKEN, new Message("O", "T")));
        log.markUnreachable(open.id(), FailureReason.NO_ADDRESS);

        assertThat(log.eraseGuardianAddresses(BOARD, SCHOOL, PUPIL)).isZero();
        assertThat(log.find(open.id())).hasValueSatisfying(d -> assertThat(d.recipient()).isNull());
    }

    @Test
    void an_erasure_that_stopped_after_copying_or_after_noting_the_new_id_is_finished_by_erasing_again() {
        CaseEvent event = TestCaseEvents.guardiansInformed("case-crash", PUPIL, "MEASURES_TAKEN");
        Delivery copied = told(event, guardian(PUPIL, PARENT), null);
        Delivery noted = told(event, guardian(PUPIL, SECOND_PARENT), null);
        // the first stopped after inserting its erased copy, the second right after noting its new id
        var collection = mongo.getCollection(Delivery.COLLECTION);
        collection.updateOne(new Document("_id", copied.id()),
                new Document("$set", new Document("erasedAs", "copy-1")));
        Document copy = new Document(collection.find(new Document("_id", copied.id())).first());
        copy.put("_id", "copy-1");
        copy.remove("erasedAs");
        copy.put("recipient", DeliveryLog.ERASED);
        collection.insertOne(copy);
        collection.updateOne(new Document("_id", noted.id()), new Document("$set", new Document("erasedAs", "copy-2")));

        log.eraseGuardianAddresses(BOARD, SCHOOL, PUPIL);

        assertThat(everyStoredDelivery()).hasSize(2).noneMatch(json -> json.contains(PARENT)
                || json.contains(SECOND_PARENT) || json.contains("erasedAs"));
        assertThat(log.find("copy-1")).isPresent();
        assertThat(log.find("copy-2")).hasValueSatisfying(d -> {
            assertThat(d.recipient()).isEqualTo(DeliveryLog.ERASED);
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
        });
    }
}
