package nl.schoolboard.sexting.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/** One in-process MongoDB-wire server per test JVM; each test class uses a database of its own. */
public final class InMemoryMongo {

    private static MongoServer server;

    private InMemoryMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
            System.setProperty("test.mongo.port", Integer.toString(address.getPort()));
        }
        return "mongodb://127.0.0.1:" + System.getProperty("test.mongo.port") + "/" + database;
    }
}
