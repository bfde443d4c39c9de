package nl.schoolboard.sexting.caseservice.audit;

import org.springframework.data.mongodb.core.MongoTemplate;

/** Audit trails for tests that run without a Spring context. */
final class AuditTrails {

    private AuditTrails() {
    }

    static AuditTrail on(MongoTemplate mongo) {
        return new AuditTrail(mongo);
    }
}
