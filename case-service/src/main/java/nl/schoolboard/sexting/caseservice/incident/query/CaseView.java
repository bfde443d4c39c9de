package nl.schoolboard.sexting.caseservice.incident.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A case as the case desk shows it. {@code version} is the case version this view reflects: the sequence number of
 * the last event applied, so that a reader can tell whether the view has caught up with a command's answer.
 */
@Document("cases")
public record CaseView(
        @Id String caseId,
        String boardId,
        String schoolId,
        String status,
        Instant cameToLightAt,
        String cameToLightHow,
        String materialKind,
        List<String> platforms,
        boolean minorNudeInvolved,
        List<Person> people,
        List<String> yearGroups,
        Instant reportedAt,
        String reportedBy,
        long version) {

    public record Person(String pupilRef, String role) {
    }
}
