package nl.schoolboard.sexting.caseservice.access;

import nl.schoolboard.sexting.platform.identity.StaffRole;

import java.util.Set;

/**
 * Which roles record a protocol step, by the step's path: known to the web layer, which maps paths to commands, and
 * asked here so that a step is refused before its body is read.
 */
public interface StepRoles {

    /** @throws RuntimeException the web layer's "no such step" (404) for a path that names no step */
    Set<StaffRole> whoRecords(String step);
}
