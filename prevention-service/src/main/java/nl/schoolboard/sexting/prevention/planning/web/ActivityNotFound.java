package nl.schoolboard.sexting.prevention.planning.web;

import nl.schoolboard.sexting.platform.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.util.Map;

/** An activity id nobody planned: 404 as problem+json. */
class ActivityNotFound extends ErrorResponseException {

    ActivityNotFound(String id) {
        super(HttpStatus.NOT_FOUND, Problems.coded(HttpStatus.NOT_FOUND, "prevention-activity-not-found",
                "prevention-activity-unknown", Map.of("id", id)), null);
    }
}
