package nl.schoolboard.sexting.caseservice.privacy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The alarm while a recorded erasure is not carried out: its keys remain until the key shredder gets through. Shown
 * as the health component {@code pendingErasures} ({@code ERASURE_PENDING}, with the count and since when; it does not take
 * the service down: it serves on) and as the gauge {@code case.erasure.pending}. Case ids only, never a person.
 * The health group {@code /actuator/health/erasure} answers with this status alone, for a monitor to poll.
 */
@Component("pendingErasures")
public class ErasuresPending implements HealthIndicator {

    static final Status PENDING = new Status("ERASURE_PENDING", "a recorded erasure is not carried out yet: keys remain");

    private final Map<String, Instant> since = new ConcurrentHashMap<>();
    private final Clock clock;

    ErasuresPending(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        Gauge.builder("case.erasure.pending", since, Map::size)
                .description("recorded erasures whose keys are not destroyed yet").register(meters);
    }

    void failed(String caseId) {
        since.putIfAbsent(caseId, clock.instant());
    }

    void carriedOut(String caseId) {
        since.remove(caseId);
    }

    public int count() {
        return since.size();
    }

    @Override
    public Health health() {
        if (since.isEmpty()) {
            return Health.up().build();
        }
        return Health.status(PENDING).withDetail("pending", since.size())
                .withDetail("oldestSince", since.values().stream().min(Instant::compareTo).orElseThrow()).build();
    }
}
