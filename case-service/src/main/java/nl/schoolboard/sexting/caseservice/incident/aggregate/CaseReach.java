package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.command.ReportIncident;
import nl.schoolboard.sexting.caseservice.incident.origin.CaseOrigin;
import nl.schoolboard.sexting.caseservice.incident.origin.CaseOrigins;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.refusal.CaseOutOfReach;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A case exists for its own board and school only. Checked once, for every command, before the case is loaded: a
 * command from another board's staff, from staff of another school, or about a case that does not exist, is answered
 * as if the case did not exist ({@link CaseOutOfReach}, a 404), whatever its fields or its expected version. The case
 * never sees the caller; it only stamps its own board and school on its events.
 *
 * <p>Commands without a caller (the deadline watch's, the retention job's) come from inside the service.</p>
 */
public final class CaseReach implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Metadata key, on a command: the caller's board. */
    public static final String CALLER_BOARD = IncidentCase.BOARD_ID;
    /** Metadata key, on a command: the schools the caller works at, as a list (none for board-wide roles). */
    public static final String CALLER_SCHOOLS = "callerSchools";

    /** Who sends a command, as far as reach goes: their board and, for school staff, their schools. */
    public record Caller(String boardId, List<String> schools) {

        /** The caller a command carries, if any: a command from inside the service has none. */
        static Optional<Caller> of(MetaData meta) {
            if (!(meta.get(CALLER_BOARD) instanceof String board)) {
                return Optional.empty();
            }
            return Optional.of(new Caller(board, meta.get(CALLER_SCHOOLS) instanceof Collection<?> schools
                    ? schools.stream().map(String::valueOf).toList() : null));
        }

        /** Null schools: the caller's schools do not limit them (a board-wide role, or a board-only sender). */
        boolean reaches(CaseOrigin origin) {
            return boardId.equals(origin.boardId()) && (schools == null || schools.contains(origin.schoolId()));
        }
    }

    private final CaseOrigins origins;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public CaseReach(CaseOrigins origins) {
        this.origins = origins;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Optional<Caller> caller = Caller.of(command.getMetaData());
        if (caller.isPresent()) {
            CaseId caseId = new CaseId(targets.resolveTarget(command).getIdentifier());
            Optional<CaseOrigin> origin = origins.of(caseId.value());
            boolean opensTheCase = command.getPayload() instanceof ReportIncident && origin.isEmpty();
            if (!opensTheCase && !origin.map(caller.get()::reaches).orElse(false)) {
                throw new CaseOutOfReach(caseId);
            }
        }
        return chain.proceed();
    }
}
