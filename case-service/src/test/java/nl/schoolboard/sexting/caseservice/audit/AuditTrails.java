package nl.schoolboard.sexting.caseservice.audit;

import org.springframework.data.mongodb.core.MongoTemplate;

/** Audit trails for tests that run without a Spring context. */
final class AuditTrails {

    private AuditTrails() {
    }

    static final AuditChain CHAIN = new AuditChain(AuditKey.configured(AuditKey.DEVELOPMENT, null));

    static AuditTrail on(MongoTemplate mongo) {
        return new AuditTrail(mongo, CHAIN);
    }
}
