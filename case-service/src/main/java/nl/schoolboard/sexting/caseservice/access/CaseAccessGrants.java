package nl.schoolboard.sexting.caseservice.access;

import nl.schoolboard.sexting.caseservice.incident.event.CaseAccessGranted;
import nl.schoolboard.sexting.caseservice.incident.event.CaseAccessRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Access to one case given to one person until a moment, kept from the case's events. A grant ends by itself:
 * it is compared with the clock at every read, nothing has to revoke it. The school leader may still end it early
 * ({@code CaseAccessRevoked}).
 */
@Component
@ProcessingGroup("case-access")
record CaseAccessGrants(MongoTemplate mongo) {

    @Document("case_access_grants")
    record Grant(@Id String id, String caseId, String userId, Instant until) {
    }

    @EventHandler
    void on(CaseAccessGranted granted) {
        String caseId = granted.caseId().value();
        String userId = granted.grantee().value();
        mongo.save(new Grant(caseId + ":" + userId, caseId, userId, granted.until()));
    }

    /** A revoked grant is gone at once: reads check the grant, so the next read is refused. */
    @EventHandler
    void on(CaseAccessRevoked revoked) {
        mongo.remove(Query.query(Criteria.where("_id").is(revoked.caseId().value() + ":" + revoked.grantee().value())),
                Grant.class);
    }

    @ResetHandler
    void forgetAll() {
        mongo.dropCollection(Grant.class);
    }

    boolean isActive(String caseId, String userId, Instant now) {
        return mongo.exists(Query.query(Criteria.where("_id").is(caseId + ":" + userId).and("until").gt(now)), Grant.class);
    }
}
