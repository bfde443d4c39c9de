package nl.schoolboard.sexting.exampleservice.planning;

import nl.schoolboard.sexting.contracts.Topics;
import nl.schoolboard.sexting.platform.identity.StaffRole;

/** A domain class of the example service that keeps the rules: its own service, contracts and platform. */
public class Step {

    Plan plan;
    StaffRole role;
    String topic = Topics.PREVENTION_EVENTS;
}
