package nl.schoolboard.sexting.notification.inbox;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The {@value InboxItem#COLLECTION} collection. Each change is one single-document write. */
@Component
record InboxStore(MongoOperations mongo, Clock clock) {

    /** An inbox shows at most this many messages, the unread ones first. */
    static final int MAX_SHOWN = 200;

    @PostConstruct
    void createIndexes() {
        mongo.indexOps(InboxItem.class).createIndex(new Index().on("staffRef", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC).named("by_staff"));
    }

    /**
     * Puts the item in the inbox unless it is there already; an item already there keeps what it had (a staff
     * member who read it keeps it read).
     */
    void put(InboxItem item) {
        mongo.upsert(new Query(where("id").is(item.id())), new Update()
                        .setOnInsert("deliveryId", item.deliveryId())
                        .setOnInsert("staffRef", item.staffRef())
                        .setOnInsert("boardId", item.boardId())
                        .setOnInsert("schoolId", item.schoolId())
                        .setOnInsert("caseId", item.caseId())
                        .setOnInsert("kind", item.kind())
                        .setOnInsert("subject", item.subject())
                        .setOnInsert("body", item.body())
                        .setOnInsert("link", item.link())
                        .setOnInsert("createdAt", now()),
                InboxItem.class);
    }

    /** One staff member's items of one board: unread first, newest first within each. */
    List<InboxItem> of(String staffRef, String boardId) {
        Criteria criteria = where("staffRef").is(staffRef).and("boardId").is(boardId);
        return mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")), InboxItem.class)
                .stream()
                .sorted(Comparator.comparing(InboxItem::isRead)
                        .thenComparing(InboxItem::createdAt, Comparator.reverseOrder()))
                .limit(MAX_SHOWN)
                .toList();
    }

    /** Marks the item read (the first time counts); empty if the staff member has no such item in that board. */
    Optional<InboxItem> markRead(String staffRef, String itemId, String boardId) {
        Criteria mine = where("id").is(itemId).and("staffRef").is(staffRef).and("boardId").is(boardId);
        Criteria unread = where("id").is(itemId).and("staffRef").is(staffRef).and("boardId").is(boardId)
                .and("readAt").is(null);
        InboxItem first = mongo.findAndModify(new Query(unread), new Update().set("readAt", now()),
                FindAndModifyOptions.options().returnNew(true), InboxItem.class);
        if (first != null) {
            return Optional.of(first);
        }
        return Optional.ofNullable(mongo.findOne(new Query(mine), InboxItem.class));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
