package nl.schoolboard.sexting.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An HTTP server on a free local port standing in for what sits behind the gateway: it answers every path with
 * {@link #answer} and keeps a record of each request that reached it, so a test can tell what the gateway let
 * through. What it answers and what it records is up to the kind of stand-in.
 *
 * @param <R> what is recorded of one request
 */
abstract class Downstream<R> implements AutoCloseable {

    /** The services the gateway routes to, as {@code gateway.services.<name>} knows them. */
    static final List<String> SERVICES = List.of("case-service", "notification-service", "prevention-service");

    private final HttpServer server;
    private final List<R> received = new CopyOnWriteArrayList<>();

    Downstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Answers one request; {@link #record} what of it a test should see. */
    abstract void answer(HttpExchange exchange) throws IOException;

    /** Routes every service of the gateway here. */
    void standInForEveryService(DynamicPropertyRegistry registry) {
        SERVICES.forEach(service -> registry.add("gateway.services." + service, this::url));
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<R> received() {
        return received;
    }

    void forget() {
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    void record(R request) {
        received.add(request);
    }

    /** Sends a JSON answer and ends the exchange. */
    static void answerJson(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }
}
