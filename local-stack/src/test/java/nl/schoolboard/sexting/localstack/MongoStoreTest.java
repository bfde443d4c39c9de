package nl.schoolboard.sexting.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded store in both of its forms: it answers Spring Boot's health check, and keeps data where it says. */
class MongoStoreTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "in memory: {0}")
    @ValueSource(booleans = {false, true})
    void answers_hello_as_a_writable_primary_and_keeps_what_is_written(boolean inMemory) {
        try (MongoStore store = started(inMemory); MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> cases = client.getDatabase("cases").getCollection("cases");
            cases.insertOne(new Document("_id", "case-1").append("school", "De Regenboog"));

            assertThat(cases.find(new Document("_id", "case-1")).first()).containsEntry("school", "De Regenboog");
            assertThat(client.getDatabase("cases").runCommand(new Document("hello", 1)))
                    .as("the command Spring Boot's Mongo health check sends")
                    .containsEntry("isWritablePrimary", true);
        }
    }

    @Test
    void in_memory_it_leaves_no_file_and_says_so() {
        try (MongoStore store = started(true)) {
            assertThat(store.keptIn()).contains("memory");
        }
        assertThat(Files.exists(dataDir.resolve("mongo"))).isFalse();
    }

    @Test
    void in_its_file_it_names_the_file() {
        try (MongoStore store = started(false)) {
            assertThat(store.keptIn()).endsWith("local-stack.mv.db");
        }
        assertThat(dataDir.resolve("mongo").resolve("local-stack.mv.db")).exists();
    }

    private MongoStore started(boolean inMemory) {
        MongoStore store = new MongoStore(dataDir, LocalStackPorts.free().mongo(), inMemory);
        store.start();
        return store;
    }
}
