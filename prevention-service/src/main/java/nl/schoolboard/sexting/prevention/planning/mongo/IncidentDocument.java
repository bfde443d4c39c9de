package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityKind;
import nl.schoolboard.sexting.prevention.planning.IncidentRecord;
import nl.schoolboard.sexting.prevention.planning.PlannedEffect;
import nl.schoolboard.sexting.prevention.planning.PlanningReason;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/** An incident planning handled, the case event id as {@code _id}; {@code decision} is null until decided. */
@Document(IncidentDocument.COLLECTION)
@CompoundIndex(name = "board_school_year", def = "{'boardId': 1, 'schoolId': 1, 'schoolYear': 1}")
@CompoundIndex(name = "board_year", def = "{'boardId': 1, 'schoolYear': 1}")
record IncidentDocument(@Id String eventId, String caseId, String boardId, String schoolId, LocalDate day,
                        String schoolYear, boolean minorNudeInvolved, List<EffectDocument> decision) {

    static final String COLLECTION = "prevention_incidents";

    record EffectDocument(String activityId, ActivityKind kind, LocalDate dueBy, PlanningReason reason) {

        static EffectDocument of(PlannedEffect effect) {
            return new EffectDocument(effect.activityId().value(), effect.kind(), effect.dueBy(), effect.reason());
        }

        PlannedEffect toEffect() {
            return new PlannedEffect(ActivityId.of(activityId), kind, dueBy, reason);
        }
    }

    static IncidentDocument of(IncidentRecord incident) {
        return new IncidentDocument(incident.eventId().toString(), incident.caseId(), incident.boardId(),
                incident.schoolId(), incident.day(), incident.schoolYear().toString(), incident.minorNudeInvolved(),
                null);
    }
}
