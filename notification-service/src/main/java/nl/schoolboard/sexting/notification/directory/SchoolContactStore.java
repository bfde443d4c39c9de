package nl.schoolboard.sexting.notification.directory;

import nl.schoolboard.sexting.notification.recipients.SchoolContact;
import nl.schoolboard.sexting.notification.recipients.SchoolContacts;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/** The schools' contacts in MongoDB: one document per school, replaced as a whole (a single-document write). */
@Component
record SchoolContactStore(MongoOperations mongo, Clock clock) implements SchoolContacts {

    @Override
    public Optional<SchoolContact> of(String boardId, String schoolId) {
        return Optional.ofNullable(mongo.findById(SchoolContactDocument.idOf(boardId, schoolId),
                        SchoolContactDocument.class))
                .map(doc -> new SchoolContact(doc.schoolName(), doc.replyTo(), doc.phone(), doc.address()));
    }

    /** @return whether the school had a contact before */
    boolean put(String boardId, String schoolId, SchoolContact contact) {
        boolean existed = of(boardId, schoolId).isPresent();
        mongo.save(new SchoolContactDocument(SchoolContactDocument.idOf(boardId, schoolId), boardId, schoolId,
                contact.schoolName(), contact.replyTo(), contact.phone(), contact.address(), clock.instant()));
        return existed;
    }
}
