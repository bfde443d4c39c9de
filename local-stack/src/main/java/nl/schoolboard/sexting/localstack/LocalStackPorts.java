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
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[10];
            for (int i = 0; i < ports.length; i++) {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return new LocalStackPorts(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6],
                    ports[7], ports[8], ports[9]);
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

    /** Free ports for the second and further instances: {@code count - 1} per module. */
    static Map<String, List<Integer>> moreFree(Map<String, Integer> instances) {
        Map<String, List<Integer>> ports = new HashMap<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (Map.Entry<String, Integer> entry : instances.entrySet()) {
                List<Integer> more = new ArrayList<>();
                for (int i = 1; i < entry.getValue(); i++) {
                    ServerSocket socket = new ServerSocket();
                    socket.setReuseAddress(true);
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                    held.add(socket);
                    more.add(socket.getLocalPort());
                }
                ports.put(entry.getKey(), more);
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
