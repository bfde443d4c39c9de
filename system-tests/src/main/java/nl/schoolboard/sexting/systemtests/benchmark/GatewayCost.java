package nl.schoolboard.sexting.systemtests.benchmark;

import nl.schoolboard.sexting.systemtests.GatewayClient;

/**
 * The same read, a case's detail, through the gateway and straight to case-service with the same token, taking
 * turns so that both see the same load on the machine.
 */
final class GatewayCost {

    private static final int WARM_UP = 50;

    record Result(Samples viaGateway, Samples direct, int failures) {

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
        int failures = 0;
        for (int i = 0; i < reads; i++) {
            failures += timed(viaGateway, path, gateway) + timed(direct, path, straight);
        }
        return new Result(gateway, straight, failures);
    }

    private static int timed(GatewayClient client, String path, Samples samples) {
        long sent = System.nanoTime();
        int status = client.get(path).status();
        if (status != 200) {
            return 1;
        }
        samples.add(System.nanoTime() - sent);
        return 0;
    }
}
