package nl.schoolboard.sexting.systemtests.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The store's own limit, as the yardstick for the command path: one writer inserting documents of about 800 bytes
 * one by one with the plain driver, into a database of its own on the same MongoDB-wire store the services use.
 */
final class RawInsertRate {

    static final int DOCUMENT_BYTES = 800;
    private static final int WARM_UP = 200;

    record Result(int inserts, double perSecond, Samples latency) {
    }

    static Result measure(String mongoUri, int inserts) {
        String filler = "x".repeat(DOCUMENT_BYTES - 60);
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> documents = client.getDatabase("benchmark").getCollection("raw_inserts");
            documents.drop();
            for (int i = 0; i < WARM_UP; i++) {
                documents.insertOne(document(-i - 1, filler));
            }
            Samples latency = new Samples();
            long start = System.nanoTime();
            for (int i = 0; i < inserts; i++) {
                long sent = System.nanoTime();
                documents.insertOne(document(i, filler));
                latency.add(System.nanoTime() - sent);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            documents.drop();
            return new Result(inserts, inserts / seconds, latency);
        }
    }

    private static Document document(int n, String filler) {
        return new Document("n", n).append("school", "bench-school").append("at", System.currentTimeMillis())
                .append("payload", filler);
    }
}
