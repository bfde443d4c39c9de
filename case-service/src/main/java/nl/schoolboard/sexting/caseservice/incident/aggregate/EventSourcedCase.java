package nl.schoolboard.sexting.caseservice.incident.aggregate;

import nl.schoolboard.sexting.caseservice.incident.event.CaseFact;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import nl.schoolboard.sexting.caseservice.incident.model.CaseId;
import nl.schoolboard.sexting.caseservice.incident.model.PersonRef;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.caseservice.incident.protocol.CaseFile;
import nl.schoolboard.sexting.caseservice.incident.protocol.CaseTextsNameNoOne;
import nl.schoolboard.sexting.caseservice.incident.protocol.NothingIsWrittenAboutTheErased;
import nl.schoolboard.sexting.caseservice.incident.protocol.ProtocolRule;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

import java.util.List;

/**
 * How a case is kept, apart from what the protocol decides ({@link IncidentCase}): its facts folded into a
 * {@link CaseFile}, its own board and school stamped on every fact, the idempotency keys it has seen, its version.
 * A layer supertype, so that the aggregate's class reads as the protocol and nothing else.
 */
abstract class EventSourcedCase {

    @AggregateIdentifier
    CaseId caseId;
    /** The report that opened the case: it names the case's board and school for good. */
    IncidentReported report;
    final CaseFile file = new CaseFile();
    private final IdempotencyKeys keysSeen = new IdempotencyKeys();

    /**
     * A command repeated with a known idempotency key changes nothing, whatever the case's state now (a different
     * command under the key of the same step is refused); any other
     * command is first {@linkplain #admit admitted} by the protocol. One interceptor, so that this order is certain.
     */
    @CommandHandlerInterceptor
    Object beforeEveryCommand(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (keysSeen.isRepeat(command)) {
            return version();
        }
        admit(command.getPayload());
        return chain.proceed();
    }

    /** What the protocol asks of every command before its own handler runs; refuses by throwing. */
    abstract void admit(Object command);

    /** The protocol's rules for a step, asked in order: the first that refuses says why. */
    void require(ProtocolRule... rules) {
        List.of(rules).forEach(rule -> rule.check(file));
    }

    /** Records the fact and answers with the case's version after it. */
    long recorded(CaseFact fact) {
        emit(fact);
        return version();
    }

    void emit(CaseFact fact) {
        AggregateLifecycle.apply(fact, EventMetaData.of(fact instanceof IncidentReported reported ? reported : report));
    }

    @EventSourcingHandler
    void on(CaseFact fact, MetaData meta) {
        if (fact instanceof IncidentReported reported) {
            this.caseId = reported.caseId();
            this.report = reported;
        }
        file.apply(fact);
        keysSeen.remember(meta);
    }

    /**
     * A personal text about one person, encrypted with their key; refused once their data (or the case's) was erased.
     * A text about no one in particular is a text about the case ({@link #aboutCase}).
     */
    PersonalText about(PersonRef person, String field, String text) {
        if (person == null) {
            return aboutCase(field, text);
        }
        if (text == null) {
            return null;
        }
        require(new NothingIsWrittenAboutTheErased(person));
        return PersonalText.about(caseId, person, text);
    }

    /**
     * A personal text about the case as a whole, encrypted with the case's key; it names no person of the case, and
     * is refused once the case's data was erased.
     */
    PersonalText aboutCase(String field, String text) {
        if (text == null) {
            return null;
        }
        require(new NothingIsWrittenAboutTheErased(null), new CaseTextsNameNoOne(field, text));
        return PersonalText.aboutCase(caseId, text);
    }

    /** The sequence number of the case's last event: what a client passes back as the expected version. */
    static long version() {
        Long version = AggregateLifecycle.getVersion();
        return version == null ? 0 : version;
    }
}
