package nl.schoolboard.sexting.caseservice.audit;

import nl.schoolboard.sexting.testsupport.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.UUID;

/** Audit trails for tests that run without a Spring context. */
final class AuditTrails {

    private AuditTrails() {
    }

    static final AuditChain CHAIN = new AuditChain(AuditKey.configured(AuditKey.DEVELOPMENT, null));

    static AuditTrail on(MongoTemplate mongo) {
        return new AuditTrail(mongo, CHAIN);
    }

    /** A trail as a started case-service has it: with the indexes it relies on. */
    static AuditTrail startedOn(MongoTemplate mongo) {
        AuditTrail trail = on(mongo);
        trail.ensureIndexes();
        return trail;
    }

    /** An empty database of the in-process server, a new one for each test, so that no test sees another's chain. */
    static MongoTemplate emptyDatabase(String name) {
        return new MongoTemplate(InMemoryMongo.client(), name + "-" + UUID.randomUUID());
    }
}
