package nl.schoolboard.sexting.prevention.planning.web;

import nl.schoolboard.sexting.platform.identity.RequestActor;

import nl.schoolboard.sexting.prevention.access.AccessRule;
import nl.schoolboard.sexting.prevention.access.Guarded;
import nl.schoolboard.sexting.prevention.planning.ActivityId;
import nl.schoolboard.sexting.prevention.planning.ActivityStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Read side of activities. Activities appear shortly after the case event that led to them (the consumer may lag).
 * For whoever may read the school (its staff, its board's administrator and auditor; see {@link AccessRule}).
 */
@RestController
@RequestMapping("/api/prevention")
record ActivityQueryController(ActivityStore store) {

    /** All the school's preventive activities, soonest due first; an empty list when none are planned. */
    @Guarded(AccessRule.READ_SCHOOL)
    @GetMapping("/schools/{schoolId}/activities")
    List<ActivityView> activitiesOfSchool(@PathVariable String schoolId, RequestActor actor) {
        return store.findBySchool(actor.boardId(), schoolId).stream().map(ActivityView::of).toList();
    }

    @Guarded(AccessRule.READ_ACTIVITY)
    @GetMapping("/activities/{id}")
    ActivityView activity(@PathVariable String id) {
        return store.find(ActivityId.of(id)).map(ActivityView::of).orElseThrow(() -> new ActivityNotFound(id));
    }
}
