package nl.schoolboard.sexting.caseservice.incident.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Reads case views, always within one board: a case id from another board is simply not found. */
@Repository
public class CaseViews {

    private final MongoTemplate mongo;

    CaseViews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<CaseView> find(String boardId, String caseId) {
        Query query = Query.query(Criteria.where("_id").is(caseId).and("boardId").is(boardId));
        return Optional.ofNullable(mongo.findOne(query, CaseView.class));
    }
}
