package nl.schoolboard.sexting.caseservice.incident.web;

import nl.schoolboard.sexting.caseservice.access.StepRoles;
import nl.schoolboard.sexting.platform.identity.StaffRole;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Tells the access rules who records a step, from the step's path ({@link StepAction}). */
@Component
class StepRolesByPath implements StepRoles {

    @Override
    public Set<StaffRole> whoRecords(String step) {
        return StepAction.byPath(step).orElseThrow(() -> new UnknownStep(step)).allowed;
    }
}
