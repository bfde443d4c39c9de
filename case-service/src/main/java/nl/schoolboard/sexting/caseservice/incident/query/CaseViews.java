package nl.schoolboard.sexting.caseservice.incident.query;

import nl.schoolboard.sexting.caseservice.access.CaseAccessPolicy;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Reads the projections, always within one board: a case id from another board is simply not found. */
@Repository
public class CaseViews {

    private final MongoTemplate mongo;
    private final CaseHistory history;

    CaseViews(MongoTemplate mongo, CaseHistory history) {
        this.mongo = mongo;
        this.history = history;
    }

    /**
     * Folds the case again from the event store and stores the view, even at the same version: after keys were
     * destroyed, the same events read back with their texts erased.
     */
    public void refresh(String caseId) {
        CaseFold.fold(history.facts(caseId)).ifPresent(mongo::save);
    }

    /** Cases of one school in which a person appears, by their reference. */
    public List<CaseView> involving(String boardId, String schoolId, String personRef) {
        return mongo.find(Query.query(Criteria.where("boardId").is(boardId).and("schoolId").is(schoolId)
                .and("people.ref").is(personRef)), CaseView.class);
    }

    /** Closed cases of every board whose data is neither erased nor held: the candidates for retention. */
    public List<CaseView> closedAndNotErased() {
        return mongo.find(Query.query(Criteria.where("status").is(CaseView.CLOSED).and("legalHold").is(false)
                .and("personalDataErased").is(false)), CaseView.class);
    }

    public Optional<CaseView> find(String boardId, String caseId) {
        Query query = Query.query(Criteria.where("_id").is(caseId).and("boardId").is(boardId));
        return Optional.ofNullable(mongo.findOne(query, CaseView.class));
    }

    /** One page of the cases {@link #list} finds, and how many it finds in all. */
    record Listed(List<CaseSummary> cases, long total) {
    }

    /**
     * The board's cases within the caller's scope that pass the filter, the most recent incident first (ties by case
     * id, so that pages neither overlap nor skip), one page of them.
     */
    Listed list(String boardId, CaseAccessPolicy.ListScope scope, CaseListFilter filter, CaseListPage page) {
        Criteria criteria = Criteria.where("boardId").is(boardId);
        if (filter.schoolId() != null) {
            criteria.and("schoolId").is(filter.schoolId());
        } else if (scope.schools() != null) {
            criteria.and("schoolId").in(scope.schools());
        }
        if (scope.reportedBy() != null) {
            criteria.and("reportedBy").is(scope.reportedBy());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.overdue() != null) {
            criteria.and("overdue").is(filter.overdue());
        }
        if (filter.from() != null || filter.until() != null) {
            Criteria period = criteria.and("cameToLightAt");
            if (filter.from() != null) {
                period.gte(filter.from());
            }
            if (filter.until() != null) {
                period.lte(filter.until());
            }
        }
        long total = mongo.count(Query.query(criteria), CaseView.class);
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Order.desc("cameToLightAt"), Sort.Order.asc("_id")))
                .skip(page.skip()).limit(page.size());
        // the summary's fields only, as plain documents: the store sends, and this service reads, a page of summaries
        // rather than a page of whole views (people, their facts, the checklist: many times a summary's size)
        query.fields().include(CaseSummary.FIELDS);
        return new Listed(mongo.find(query, Document.class, mongo.getCollectionName(CaseView.class)).stream()
                .map(CaseSummary::of).toList(), total);
    }

    /** The case's facts in the order they happened; ties (same moment) in the order they were recorded. */
    public List<TimelineEntry> timeline(String boardId, String caseId) {
        Query query = Query.query(Criteria.where("caseId").is(caseId).and("boardId").is(boardId))
                .with(Sort.by(Sort.Order.asc("occurredAt"), Sort.Order.asc("sequence")));
        return mongo.find(query, TimelineEntry.class);
    }
}
