package nl.schoolboard.sexting.systemtests.benchmark;

import nl.schoolboard.sexting.systemtests.GatewayClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reports through the gateway as fast as N clients can (closed loop: each client sends its next report when the
 * last one is answered), each client its own signed-in school leader, as the gateway limits requests per user.
 */
final class CommandPath {

    record Result(int clients, int accepted, Map<Integer, Integer> refusedByStatus, double perSecond,
                  Samples latency, String someCaseId) {
    }

    static Result measure(Stack stack, int reports, int clients) throws Exception {
        List<GatewayClient> users = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            users.add(stack.schoolLeader("bench-writer-" + c));
        }
        // a few reports first, so that the measured ones do not pay for class loading and connections
        for (GatewayClient user : users) {
            user.post("/api/cases", GatewayClient.incidentReport(stack.school(), "P-0", "P-1"), Map.of());
        }
        Samples latency = new Samples();
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();
        List<String> caseIds = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (GatewayClient user : users) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < reports) {
                    long sent = System.nanoTime();
                    GatewayClient.Response response = user.post("/api/cases",
                            GatewayClient.incidentReport(stack.school(), "P-1", "P-2"), Map.of());
                    if (response.status() == 201) {
                        latency.add(System.nanoTime() - sent);
                        caseIds.add(response.json().get("caseId").asText());
                    } else {
                        refused.merge(response.status(), 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(clients, latency.count(), refused, latency.count() / seconds, latency,
                caseIds.isEmpty() ? null : caseIds.get(0));
    }
}
