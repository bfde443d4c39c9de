package nl.schoolboard.sexting.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/** One in-process MongoDB-wire server per test JVM; each test class uses a database of its own. */
public final class InMemoryMongo {

    private static MongoServer server;
    private static MongoClient client;

    private InMemoryMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            // Not stopped by a shutdown hook: the JVM runs its hooks at the same time, so the server would go while
            // the Spring contexts of the tests are still closing, and a scheduled job of theirs would wait out the
            // driver's 30 s server selection, keeping the fork alive past surefire's exit timeout. The server goes
            // with the process.
            System.setProperty("test.mongo.port", Integer.toString(address.getPort()));
        }
        return "mongodb://127.0.0.1:" + System.getProperty("test.mongo.port") + "/" + database;
    }

    /**
     * A client of the in-process server for tests that use the store directly, without Spring Boot: one per JVM,
     * closed when the JVM ends, so a test class needs no set-up or tear-down of its own for it.
     */
    public static synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(uri("test"));
            Runtime.getRuntime().addShutdownHook(new Thread(client::close));
        }
        return client;
    }
}
