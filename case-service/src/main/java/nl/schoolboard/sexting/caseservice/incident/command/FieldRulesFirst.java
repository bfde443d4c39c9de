package nl.schoolboard.sexting.caseservice.incident.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Clock;

/**
 * Refuses a command whose fields break their rules before the case is loaded, naming every such field at once. The
 * rules are the command's own ({@link ValidatedCommand}); a step's moment is checked first, as every step has one.
 * What remains for the case to decide is what depends on its state: the protocol.
 */
public final class FieldRulesFirst implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Clock clock;

    public FieldRulesFirst(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof ValidatedCommand command) {
            FieldCheck check = new FieldCheck(clock.instant());
            if (command instanceof StepCommand step) {
                check.occurredAt(step.occurredAt());
            }
            command.checkFields(check);
            check.throwIfAny();
        }
        return chain.proceed();
    }
}
