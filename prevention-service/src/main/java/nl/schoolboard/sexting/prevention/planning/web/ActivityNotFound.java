package nl.schoolboard.sexting.prevention.planning.web;

import nl.schoolboard.sexting.platform.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** An activity id nobody planned: 404 as problem+json. */
class ActivityNotFound extends ErrorResponseException {

    static final URI TYPE = URI.create(Problems.TYPE_BASE + "prevention-activity-not-found");

    ActivityNotFound(String id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no preventive activity with id " + id + ". It may not have been planned yet.");
        problem.setType(TYPE);
        problem.setTitle("Preventive activity not found");
        return problem;
    }
}
