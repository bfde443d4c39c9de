package nl.schoolboard.sexting.caseservice.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import nl.schoolboard.sexting.caseservice.incident.model.PersonalText;
import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The data keys behind crypto-shredding: sealed by a key-encryption key that is not in the database, moved to a new
 * one by a rotation, never made again once destroyed, and still destroyed after a backup from before the erasure is
 * restored.
 */
class SubjectKeysTest {

    private static final String ONE = "one:" + newKek();
    private static final String TWO = "two:" + newKek();

    private final MongoClient client = MongoClients.create(InMemoryMongo.uri("keys"));
    private final List<String> databases = new ArrayList<>();
    private final ShreddingLedger ledger = new InMemoryShreddingLedger();
    private final KeyEncryptionKeys keks = LocalKeyEncryptionKeys.of(List.of(ONE));

    private MongoTemplate database() {
        String name = "keys-" + UUID.randomUUID();
        databases.add(name);
        return new MongoTemplate(client, name);
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(name -> client.getDatabase(name).drop());
        client.close();
    }

    @Test
    void a_data_key_is_stored_only_sealed_with_the_id_of_its_key_encryption_key() {
        MongoTemplate mongo = database();
        SecretKey key = new SubjectKeys(mongo, keks, ledger).keyFor("case-1/P-1");

        Document stored = mongo.getCollection("subject_keys").find().first();
        assertThat(stored).doesNotContainKey("key").containsEntry("kekId", "one");
        assertThat(stored.toJson()).doesNotContain(Base64.getEncoder().encodeToString(key.getEncoded()));
        assertThat(new SubjectKeys(mongo, keks, ledger).existing("case-1/P-1")).contains(key);
    }

    @Test
    void a_sealed_key_copied_onto_another_subject_does_not_open() {
        MongoTemplate mongo = database();
        SubjectKeys keys = new SubjectKeys(mongo, keks, ledger);
        keys.keyFor("case-1/P-1");
        Document victim = mongo.getCollection("subject_keys").find(new Document("_id", "case-1/P-1")).first();
        mongo.getCollection("subject_keys").insertOne(new Document(victim).append("_id", "case-1/P-9").append("subject", "P-9"));

        assertThatThrownBy(() -> keys.existing("case-1/P-9")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_stored_in_the_clear_before_envelope_encryption_is_sealed_once_and_still_opens_its_texts() throws Exception {
        MongoTemplate mongo = database();
        SecretKey old = KeyGenerator.getInstance("AES").generateKey();
        mongo.getCollection("subject_keys").insertOne(new Document("_id", "case-1/P-1").append("caseId", "case-1")
                .append("subject", "P-1").append("key", Base64.getEncoder().encodeToString(old.getEncoded())));
        String cipher = PersonalTextEncryption.encrypt(old, "zorgen van de leerling");
        SubjectKeys keys = new SubjectKeys(mongo, keks, ledger);

        assertThat(keys.rewrapAll()).isEqualTo(1);
        assertThat(keys.rewrapAll()).isZero();

        Document stored = mongo.getCollection("subject_keys").find().first();
        assertThat(stored).doesNotContainKey("key").containsEntry("kekId", "one");
        assertThat(PersonalTextEncryption.decrypt(keys.existing("case-1/P-1").orElseThrow(), cipher))
                .isEqualTo("zorgen van de leerling");
    }

    @Test
    void a_rotation_reseals_every_key_so_that_the_old_key_encryption_key_can_go() {
        MongoTemplate mongo = database();
        SecretKey key = new SubjectKeys(mongo, keks, ledger).keyFor("case-1/P-1");
        new SubjectKeys(mongo, keks, ledger).keyFor("case-1/case");

        SubjectKeys rotated = new SubjectKeys(mongo, LocalKeyEncryptionKeys.of(List.of(ONE, TWO)), ledger);
        assertThat(rotated.rewrapAll()).isEqualTo(2);
        assertThat(rotated.rewrapAll()).isZero();

        SubjectKeys withoutTheOldKey = new SubjectKeys(mongo, LocalKeyEncryptionKeys.of(List.of(TWO)), ledger);
        assertThat(withoutTheOldKey.existing("case-1/P-1")).contains(key);
        assertThat(mongo.getCollection("subject_keys").distinct("kekId", String.class).into(new ArrayList<>()))
                .containsExactly("two");
    }

    @Test
    void a_destroyed_key_is_never_made_again() {
        SubjectKeys keys = new SubjectKeys(database(), keks, ledger);
        keys.keyFor("case-1/P-1");
        keys.keyFor("case-2/case");

        keys.destroyPerson(List.of("case-1"), "P-1");
        keys.destroyCase("case-2");

        assertThatThrownBy(() -> keys.keyFor("case-1/P-1")).isInstanceOf(SubjectKeys.SubjectErased.class);
        assertThatThrownBy(() -> keys.keyFor("case-2/P-7")).isInstanceOf(SubjectKeys.SubjectErased.class);
        assertThat(keys.existing("case-1/P-1")).isEmpty();
        assertThat(keys.keyFor("case-1/P-2")).isNotNull();
    }

    /**
     * A backup taken before an erasure holds the sealed keys, and the key-encryption key still opens them: what keeps
     * the erased texts unreadable after a restore is the ledger, which lives outside the database and its backups.
     */
    @Test
    void a_backup_from_before_an_erasure_restored_into_a_fresh_database_does_not_bring_the_texts_back() throws Exception {
        MongoTemplate live = database();
        ObjectMapper json = new ObjectMapper().registerModule(PersonalTextEncryption.module(new SubjectKeys(live, keks, ledger)));
        String aboutP1 = json.writeValueAsString(new PersonalText("case-1/P-1", "angst dat de foto rondgaat"));
        String aboutP2 = json.writeValueAsString(new PersonalText("case-1/P-2", "doorgestuurd naar de klas"));
        Map<String, List<Document>> dump = dump(live);

        new SubjectKeys(live, keks, ledger).destroyPerson(List.of("case-1"), "P-1");

        MongoTemplate restored = database();
        restore(dump, restored);
        ObjectMapper afterRestore = new ObjectMapper()
                .registerModule(PersonalTextEncryption.module(new SubjectKeys(restored, keks, ledger)));
        assertThat(afterRestore.readValue(aboutP1, PersonalText.class).erased()).isTrue();
        assertThat(afterRestore.readValue(aboutP2, PersonalText.class).text()).isEqualTo("doorgestuurd naar de klas");

        // and why: the same restore with the ledger lost would read the erased text again
        ObjectMapper ledgerLost = new ObjectMapper()
                .registerModule(PersonalTextEncryption.module(new SubjectKeys(restored, keks, new InMemoryShreddingLedger())));
        assertThat(ledgerLost.readValue(aboutP1, PersonalText.class).text()).isEqualTo("angst dat de foto rondgaat");
    }

    private static Map<String, List<Document>> dump(MongoTemplate mongo) {
        Map<String, List<Document>> dump = new LinkedHashMap<>();
        for (String collection : mongo.getCollectionNames()) {
            dump.put(collection, mongo.getCollection(collection).find().map(Document::new).into(new ArrayList<>()));
        }
        return dump;
    }

    private static void restore(Map<String, List<Document>> dump, MongoTemplate into) {
        dump.forEach((collection, documents) -> {
            if (!documents.isEmpty()) {
                into.getCollection(collection).insertMany(documents);
            }
        });
    }

    private static String newKek() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return Base64.getEncoder().encodeToString(generator.generateKey().getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
