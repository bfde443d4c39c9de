package nl.schoolboard.sexting.notification.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * Which generation of a school's staff list and of its guardian lists is the current one. Switching a generation
 * is a single-document write, which is what makes an import all-or-nothing without transactions (see
 * {@link DirectoryStore}).
 */
@Document(SchoolDirectoryDocument.COLLECTION)
record SchoolDirectoryDocument(
        @Id String id,
        String boardId,
        String schoolId,
        String staffGeneration,
        String guardianGeneration,
        Instant updatedAt) {

    static final String COLLECTION = "directory_schools";
    static final String STAFF_GENERATION = "staffGeneration";
    static final String GUARDIAN_GENERATION = "guardianGeneration";

    static String idOf(String boardId, String schoolId) {
        return boardId + "|" + schoolId;
    }

    String generation(String field) {
        return switch (field) {
            case STAFF_GENERATION -> staffGeneration;
            case GUARDIAN_GENERATION -> guardianGeneration;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
