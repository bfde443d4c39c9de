package nl.schoolboard.sexting.notification.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A school's contact for parents; a document in {@value #COLLECTION}, one per board and school. */
@Document(SchoolContactDocument.COLLECTION)
record SchoolContactDocument(@Id String id, String boardId, String schoolId, String schoolName, String replyTo,
                             String phone, String address, Instant updatedAt) {

    static final String COLLECTION = "school_contacts";

    static String idOf(String boardId, String schoolId) {
        return boardId + "/" + schoolId;
    }
}
