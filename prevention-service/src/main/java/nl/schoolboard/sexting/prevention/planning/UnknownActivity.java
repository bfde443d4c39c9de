package nl.schoolboard.sexting.prevention.planning;

import nl.schoolboard.sexting.platform.problem.CodedException;

import java.util.Map;

/** No activity has this id; the answer names the id. */
public class UnknownActivity extends CodedException {

    public UnknownActivity(ActivityId id) {
        super("There is no preventive activity with id " + id + ". It may not have been planned yet.",
                "prevention-activity-unknown", Map.of("id", id.value()));
    }
}
