package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.platform.problem.CodedException;

import java.util.Map;

/** A step path that is not one of the protocol's; the answer names the path as the caller wrote it. */
public class UnknownStep extends CodedException {

    public UnknownStep(String path) {
        super("'" + path + "' is not a step of the protocol.", "unknown-step", Map.of("step", path));
    }
}
