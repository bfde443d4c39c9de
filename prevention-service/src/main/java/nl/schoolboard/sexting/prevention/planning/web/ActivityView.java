package nl.schoolboard.sexting.prevention.planning.web;

import nl.schoolboard.sexting.prevention.planning.PreventionActivity;

import java.time.LocalDate;
import java.util.List;

/** A preventive activity as the API shows it. */
public record ActivityView(
        String id,
        String kind,
        String status,
        String schoolId,
        List<String> yearGroups,
        LocalDate dueBy,
        String sourceCaseId) {

    static ActivityView of(PreventionActivity activity) {
        return new ActivityView(activity.id().value(), activity.kind().name(), activity.status().name(),
                activity.schoolId(), activity.yearGroups(), activity.dueBy(), activity.sourceCaseId());
    }
}
