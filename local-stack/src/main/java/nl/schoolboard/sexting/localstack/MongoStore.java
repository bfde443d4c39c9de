package nl.schoolboard.sexting.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * A MongoDB-wire server in this JVM (mongo-java-server) whose data lives in one H2 MVStore file,
 * {@code <data>/mongo/local-stack.mv.db}: cases, projections and tokens survive a restart. No sessions or
 * transactions (see docs/architecture.md, "Infrastructure in three modes").
 *
 * <p>Or, when asked, in memory only: nothing survives, but a query no longer deserialises every stored document
 * it scans, which is what limits the file store on a large history (the benchmark's board of 1,000 schools).</p>
 */
final class MongoStore implements AutoCloseable {

    private final Path file;
    private final int port;
    private final boolean inMemory;
    private MongoServer server;

    MongoStore(Path dataDir, int port, boolean inMemory) {
        this.file = dataDir.resolve("mongo").resolve("local-stack.mv.db");
        this.port = port;
        this.inMemory = inMemory;
    }

    void start() {
        LocalStackPorts.requireFree(port, "MongoDB-wire store", "Is another local stack or a MongoDB running? "
                + "Stop it, or use it by setting SPRING_DATA_MONGODB_URI.");
        MongoBackend backend = inMemory ? new HelloAnsweringMemoryBackend() : fileBackend();
        server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new LocalStackException("Could not open the MongoDB-wire store on port " + port + ": "
                    + e.getMessage(), e);
        }
    }

    private H2Backend fileBackend() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HelloAnsweringH2Backend(file.toAbsolutePath().toString());
    }

    /** {@code mongodb://localhost:<port>}, without a database. */
    String uri() {
        return "mongodb://localhost:" + port;
    }

    /** Where the data is kept, in words. */
    String keptIn() {
        return inMemory ? "memory only: nothing is kept after a stop" : file.toString();
    }

    /**
     * mongo-java-server 1.47 knows {@code isMaster} but not its successor {@code hello}, which Spring Boot 3.5's
     * {@code MongoHealthIndicator} sends: every service would report DOWN. Answers {@code hello} as {@code isMaster}
     * plus {@code isWritablePrimary}; {@code handle} is the backend's own answer to a command.
     */
    static Document answeringHello(String command, Document query, CommandHandler handle) {
        if (!"hello".equalsIgnoreCase(command)) {
            return handle.answer(command, query);
        }
        Document response = handle.answer("isMaster", query);
        response.put("isWritablePrimary", Boolean.TRUE);
        return response;
    }

    @FunctionalInterface
    interface CommandHandler {
        Document answer(String command, Document query);
    }

    static final class HelloAnsweringH2Backend extends H2Backend {

        HelloAnsweringH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            return answeringHello(command, query,
                    (name, body) -> super.handleCommand(channel, databaseName, name, body));
        }
    }

    static final class HelloAnsweringMemoryBackend extends MemoryBackend {

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            return answeringHello(command, query,
                    (name, body) -> super.handleCommand(channel, databaseName, name, body));
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
