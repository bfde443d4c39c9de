package nl.schoolboard.sexting.caseservice.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the keys that guard the personal texts come from, all outside the database:
 * <ul>
 *   <li>{@code case.privacy.kek-file} (one {@code <id>:<base64>} per line) or {@code case.privacy.kek}
 *       (comma-separated, e.g. the environment variable {@code CASE_PRIVACY_KEK}): the key-encryption keys, the last
 *       one current;</li>
 *   <li>{@code case.privacy.shredding-ledger-file}: the ledger of destroyed data keys.</li>
 * </ul>
 * Without them a development run gets the published development key and a ledger in memory, with a warning; under the
 * {@code prod} profile the service refuses to start without them, or with the development key.
 */
@Configuration
class KeyCustodyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeyCustodyConfiguration.class);

    @Bean
    KeyEncryptionKeys keyEncryptionKeys(@Value("${case.privacy.kek-file:}") String file,
                                        @Value("${case.privacy.kek:}") String entries, Environment environment) {
        boolean production = environment.acceptsProfiles(Profiles.of("prod"));
        LocalKeyEncryptionKeys keks;
        if (!file.isBlank()) {
            keks = LocalKeyEncryptionKeys.fromFile(Path.of(file));
        } else if (!entries.isBlank()) {
            keks = LocalKeyEncryptionKeys.of(Arrays.asList(entries.split(",")));
        } else if (production) {
            throw new IllegalStateException("No key-encryption key: set case.privacy.kek-file or case.privacy.kek "
                    + "(or give a KeyEncryptionKeys bean for a key management service)");
        } else {
            log.warn("No key-encryption key configured: using the published development key. Never in production.");
            keks = LocalKeyEncryptionKeys.development();
        }
        if (production && keks.holdsTheDevelopmentKey()) {
            throw new IllegalStateException("The development key-encryption key is published in the source; "
                    + "the prod profile refuses it. Give the board's own key in case.privacy.kek-file.");
        }
        return keks;
    }

    @Bean
    ShreddingLedger shreddingLedger(@Value("${case.privacy.shredding-ledger-file:}") String file, Environment environment) {
        if (!file.isBlank()) {
            return new FileShreddingLedger(Path.of(file));
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("No shredding ledger: set case.privacy.shredding-ledger-file to a file "
                    + "outside the database and its backups; without it a restored backup undoes erasures");
        }
        log.warn("No shredding ledger file configured: erasures are kept in memory and a restored backup undoes them.");
        return new InMemoryShreddingLedger();
    }

    @Bean
    SubjectKeys subjectKeys(MongoTemplate mongo, KeyEncryptionKeys keks, ShreddingLedger ledger) {
        return new SubjectKeys(mongo, keks, ledger);
    }
}
