package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.FieldRulesFirst;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The two checks every command passes before a case is loaded, in this order: may the caller reach the case (else
 * 404, whatever else is wrong), are the command's fields right (else 400, naming each).
 */
@Configuration
class CommandGates {

    @Autowired
    void register(CommandBus commandBus, EventStore events, Clock clock) {
        commandBus.registerHandlerInterceptor(new CaseReach(events));
        commandBus.registerHandlerInterceptor(new FieldRulesFirst(clock));
    }
}
