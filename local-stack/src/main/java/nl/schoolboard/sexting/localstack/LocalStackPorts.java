package nl.schoolboard.sexting.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every port of the local stack.
 *
 * @param kafka              Kafka PLAINTEXT listener (bootstrap servers)
 * @param kafkaController    Kafka KRaft CONTROLLER listener
 * @param mongo              MongoDB wire protocol
 * @param smtp               SMTP sink
 * @param mailPage           web page listing received mail
 * @param caseService        case-service HTTP
 * @param notificationService notification-service HTTP
 * @param preventionService  prevention-service HTTP
 * @param gateway            gateway HTTP, the one entry point
 * @param issuer             development OIDC issuer HTTP (dev-issuer)
 */
public record LocalStackPorts(int kafka, int kafkaController, int mongo, int smtp, int mailPage,
                              int caseService, int notificationService, int preventionService, int gateway,
                              int issuer) {

    /** The fixed ports of the project (docker-compose.yml uses the same); the development issuer on 9000. */
    public static LocalStackPorts defaults() {
        return new LocalStackPorts(9092, 9093, 27017, 2525, 8025, 8081, 8082, 8083, 8080, 9000);
    }

    /** Ten distinct ports that were free a moment ago (all held open together while choosing). */
    public static LocalStackPorts free() {
        List<Integer> ports = freePorts(10);
        return new LocalStackPorts(ports.get(0), ports.get(1), ports.get(2), ports.get(3), ports.get(4),
                ports.get(5), ports.get(6), ports.get(7), ports.get(8), ports.get(9));
    }

    /** Free ports for the second and further instances: {@code count - 1} per module. */
    static Map<String, List<Integer>> moreFree(Map<String, Integer> instances) {
        List<Integer> free = freePorts(instances.values().stream().mapToInt(count -> Math.max(0, count - 1)).sum());
        Map<String, List<Integer>> ports = new HashMap<>();
        int next = 0;
        for (Map.Entry<String, Integer> entry : instances.entrySet()) {
            int more = Math.max(0, entry.getValue() - 1);
            ports.put(entry.getKey(), List.copyOf(free.subList(next, next + more)));
            next += more;
        }
        return ports;
    }

    /**
     * {@code count} distinct ports that were free a moment ago: every probe socket stays open until all are chosen,
     * so the operating system cannot hand out the same port twice.
     */
    private static List<Integer> freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a probe socket; nothing to do
                }
            }
        }
    }

    /** The HTTP port of a service, of the gateway or of the development issuer, by module name. */
    public int http(String module) {
        return Wiring.definition(module).port().applyAsInt(this);
    }

    /** Fails with a message naming the port and its purpose when something already listens on it. */
    static void requireFree(int port, String purpose, String hint) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new LocalStackException("Port " + port + " (" + purpose + ") is already in use. " + hint);
        }
    }
}
