package nl.schoolboard.sexting.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * A MongoDB-wire server in this JVM (mongo-java-server) whose data lives in one H2 MVStore file,
 * {@code <data>/mongo/local-stack.mv.db}: cases, projections and tokens survive a restart. No sessions or
 * transactions (see docs/architecture.md, "Infrastructure in three modes").
 */
final class MongoStore implements AutoCloseable {

    private final Path file;
    private final int port;
    private MongoServer server;

    MongoStore(Path dataDir, int port) {
        this.file = dataDir.resolve("mongo").resolve("local-stack.mv.db");
        this.port = port;
    }

    void start() {
        LocalStackPorts.requireFree(port, "MongoDB-wire store", "Is another local stack or a MongoDB running? "
                + "Stop it, or use it by setting SPRING_DATA_MONGODB_URI.");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        H2Backend backend = new HelloAnsweringH2Backend(file.toAbsolutePath().toString());
        server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new LocalStackException("Could not open the MongoDB-wire store on port " + port + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@code mongodb://localhost:<port>}, without a database. */
    String uri() {
        return "mongodb://localhost:" + port;
    }

    Path file() {
        return file;
    }

    /**
     * mongo-java-server 1.47 knows {@code isMaster} but not its successor {@code hello}, which Spring Boot 3.5's
     * {@code MongoHealthIndicator} sends: every service would report DOWN. Answers {@code hello} as {@code isMaster}
     * plus {@code isWritablePrimary}.
     */
    static final class HelloAnsweringH2Backend extends H2Backend {

        HelloAnsweringH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if ("hello".equalsIgnoreCase(command)) {
                Document response = super.handleCommand(channel, databaseName, "isMaster", query);
                response.put("isWritablePrimary", Boolean.TRUE);
                return response;
            }
            return super.handleCommand(channel, databaseName, command, query);
        }
    }

    /** Closes clients and the server, then the H2 file (written and closed cleanly). */
    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }
}
