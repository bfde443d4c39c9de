package nl.schoolboard.sexting.systemtests.benchmark;

import nl.schoolboard.sexting.systemtests.GatewayClient;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The same read, a case's detail, through the gateway and straight to case-service with the same token, taking
 * turns so that both see the same load on the machine.
 */
final class GatewayCost {

    private static final int WARM_UP = 50;
    /**
     * The gateway lets one user make 20 requests a second (a burst of 40, {@code gateway.rate-limit}); read as fast
     * as the machine allows, a quiet machine exceeds that and a third of the reads are answered 429 and left out.
     * Kept to 15 a second, every read is measured and none is refused.
     */
    private static final long NANOS_BETWEEN_READS = 1_000_000_000L / 15;

    /** The answers other than 200 count per status, per path: a read refused is left out of the samples. */
    record Result(Samples viaGateway, Samples direct, Map<Integer, Integer> notOkViaGateway,
                  Map<Integer, Integer> notOkDirect) {

        double p50Ratio() {
            return viaGateway.millis(50) / direct.millis(50);
        }
    }

    static Result measure(GatewayClient viaGateway, GatewayClient direct, String caseId, int reads) {
        String path = "/api/cases/" + caseId;
        long next = System.nanoTime();
        for (int i = 0; i < WARM_UP; i++) {
            next = paced(next);
            viaGateway.get(path);
            direct.get(path);
        }
        Samples gateway = new Samples();
        Samples straight = new Samples();
        Map<Integer, Integer> notOkViaGateway = new TreeMap<>();
        Map<Integer, Integer> notOkDirect = new TreeMap<>();
        for (int i = 0; i < reads; i++) {
            next = paced(next);
            timed(viaGateway, path, gateway, notOkViaGateway);
            timed(direct, path, straight, notOkDirect);
        }
        return new Result(gateway, straight, notOkViaGateway, notOkDirect);
    }

    /** Waits until {@code due}, then returns when the read after this one is due. */
    private static long paced(long due) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        return Math.max(due, System.nanoTime()) + NANOS_BETWEEN_READS;
    }

    private static void timed(GatewayClient client, String path, Samples samples, Map<Integer, Integer> notOk) {
        long sent = System.nanoTime();
        int status = client.get(path).status();
        if (status != 200) {
            notOk.merge(status, 1, Integer::sum);
            return;
        }
        samples.add(System.nanoTime() - sent);
    }
}
