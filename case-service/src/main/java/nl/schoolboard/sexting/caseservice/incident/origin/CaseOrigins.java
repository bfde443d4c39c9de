package nl.schoolboard.sexting.caseservice.incident.origin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.schoolboard.sexting.caseservice.incident.event.IncidentReported;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Optional;

/**
 * The origin of a case, read from its first event and then remembered. Every request on a case and every command
 * asks for it (who may reach the case is decided by its board and school) before anything else is read; on the
 * event store that is a query per request, and on a store that cannot use the event index for it, a scan.
 *
 * <p>Why remembering is safe: the first event of a case is never replaced and names its board, school and reporter
 * for good, so a remembered origin cannot go stale, on this instance or next to another. Only origins that exist
 * are remembered: a case id that has no report yet may be reported a moment later. The number remembered is
 * bounded ({@code case.origins.remembered}); a forgotten one is read again.</p>
 */
public class CaseOrigins {

    private final EventStore events;
    private final Cache<String, CaseOrigin> remembered;

    public CaseOrigins(EventStore events, long maximumRemembered) {
        this.events = events;
        this.remembered = Caffeine.newBuilder().maximumSize(maximumRemembered).build();
    }

    /** The case's origin, or empty when no case was reported under this id. */
    public Optional<CaseOrigin> of(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            return Optional.empty();
        }
        CaseOrigin known = remembered.getIfPresent(caseId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CaseOrigin> read = readFromStore(caseId);
        read.ifPresent(origin -> remembered.put(caseId, origin));
        return read;
    }

    private Optional<CaseOrigin> readFromStore(String caseId) {
        DomainEventStream stream = events.readEvents(caseId, 0L);
        return stream.hasNext() && stream.next().getPayload() instanceof IncidentReported report
                ? Optional.of(CaseOrigin.of(report)) : Optional.empty();
    }
}
