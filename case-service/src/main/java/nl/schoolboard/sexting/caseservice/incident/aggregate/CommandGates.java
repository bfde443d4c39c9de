package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.FieldRulesFirst;
import nl.schoolboard.sexting.caseservice.incident.origin.CaseOrigins;

import org.axonframework.commandhandling.CommandBus;
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
    void register(CommandBus commandBus, CaseOrigins origins, Clock clock) {
        commandBus.registerHandlerInterceptor(new CaseReach(origins));
        commandBus.registerHandlerInterceptor(new FieldRulesFirst(clock));
    }
}
