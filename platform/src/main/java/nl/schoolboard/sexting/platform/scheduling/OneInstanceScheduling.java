package nl.schoolboard.sexting.platform.scheduling;

import com.mongodb.client.MongoDatabase;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Scheduled jobs that run on one instance at a time: a service that runs twice (or more) for availability still
 * sends one digest, one retention sweep, one deadline round. A job method says so with ShedLock's
 * {@code @SchedulerLock(name = ...)}; the lock is a document in the service's own database (collection
 * {@value #COLLECTION}), held at most {@code lockAtMostFor} so that an instance that dies holding it does not block
 * the job for longer than that.
 *
 * <p>Why not leader election: the jobs are short and idempotent, each takes the lock for one run, and whichever
 * instance is alive does the next one; nothing needs to know which instances exist.
 */
@AutoConfiguration(after = MongoDataAutoConfiguration.class)
@ConditionalOnClass({MongoLockProvider.class, MongoDatabaseFactory.class})
@ConditionalOnBean(MongoDatabaseFactory.class)
@EnableSchedulerLock(defaultLockAtMostFor = "${platform.scheduling.lock-at-most-for:PT10M}")
public class OneInstanceScheduling {

    /** Where the locks are, one document per job name. */
    public static final String COLLECTION = "shedLock";

    @Bean
    @ConditionalOnMissingBean
    LockProvider lockProvider(MongoDatabaseFactory databases) {
        MongoDatabase database = databases.getMongoDatabase();
        return new MongoLockProvider(database.getCollection(COLLECTION));
    }
}
