package nl.schoolboard.sexting.systemtests.benchmark;

import nl.schoolboard.sexting.systemtests.GatewayClient;

import java.util.Map;
import java.util.TreeMap;

/**
 * The same read, a case's detail, through the gateway and straight to case-service with the same token, taking
 * turns so that both see the same load on the machine.
 */
final class GatewayCost {

    private static final int WARM_UP = 50;

    /** The answers other than 200 count per status, per path: a read refused is left out of the samples. */
    record Result(Samples viaGateway, Samples direct, Map<Integer, Integer> notOkViaGateway,
                  Map<Integer, Integer> notOkDirect) {

        double p50Ratio() {
            return viaGateway.millis(50) / direct.millis(50);
        }
    }

    static Result measure(GatewayClient viaGateway, GatewayClient direct, String caseId, int reads) {
        String path = "/api/cases/" + caseId;
        for (int i = 0; i < WARM_UP; i++) {
            viaGateway.get(path);
            direct.get(path);
        }
        Samples gateway = new Samples();
        Samples straight = new Samples();
        Map<Integer, Integer> notOkViaGateway = new TreeMap<>();
        Map<Integer, Integer> notOkDirect = new TreeMap<>();
        for (int i = 0; i < reads; i++) {
            timed(viaGateway, path, gateway, notOkViaGateway);
            timed(direct, path, straight, notOkDirect);
        }
        return new Result(gateway, straight, notOkViaGateway, notOkDirect);
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
