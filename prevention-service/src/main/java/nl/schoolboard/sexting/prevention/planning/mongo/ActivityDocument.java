package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityKind;
import nl.schoolboard.sexting.prevention.planning.ActivityStatus;
import nl.schoolboard.sexting.prevention.planning.PreventionActivity;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An activity as stored. {@code plannedEventPublishedAt} is null until the broker acknowledged the activity's
 * {@code PreventionActivityPlanned}.
 */
@Document(ActivityDocument.COLLECTION)
@CompoundIndex(name = "school_due", def = "{'schoolId': 1, 'dueBy': 1}")
record ActivityDocument(
        @Id String id,
        ActivityKind kind,
        ActivityStatus status,
        String boardId,
        String schoolId,
        List<String> yearGroups,
        LocalDate dueBy,
        String sourceCaseId,
        String sourceEventId,
        Instant plannedAt,
        Instant plannedEventPublishedAt) {

    static final String COLLECTION = "prevention_activities";

    static ActivityDocument of(PreventionActivity activity) {
        return new ActivityDocument(activity.id().value(), activity.kind(), activity.status(), activity.boardId(),
                activity.schoolId(), activity.yearGroups(), activity.dueBy(), activity.sourceCaseId(),
                activity.sourceEventId() == null ? null : activity.sourceEventId().toString(), activity.plannedAt(),
                null);
    }

    PreventionActivity toActivity() {
        return new PreventionActivity(ActivityId.of(id), kind, status, boardId, schoolId, yearGroups, dueBy,
                sourceCaseId, sourceEventId == null ? null : UUID.fromString(sourceEventId), plannedAt);
    }
}
