package nl.schoolboard.sexting.caseservice.incident.deadline;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A step with a due time that is not yet settled (taken, skipped, closed, or reported overdue). */
@Document("step_deadlines")
record DueStep(@Id String id, String caseId, String step, Instant dueAt, boolean settled, long version) {

    static String id(String caseId, String step) {
        return caseId + ":" + step;
    }
}
