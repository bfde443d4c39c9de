package nl.schoolboard.sexting.prevention.mongo;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Gives stored documents written before every read was scoped by (board, school) the board they belong to. Stored
 * data is kept forever, and a document without a board is matched by no scoped query, so it would silently drop out
 * of its school's plan.
 * <ol>
 *     <li>a school stored without a board takes the board of the incidents reported for it, when they all name one
 *     board (case events carry the board from the reporter's token, the strongest evidence there is);</li>
 *     <li>activities, incidents and calendar feed tokens without a board take the board the directory gives their
 *     school.</li>
 * </ol>
 * Runs while the context starts, before the listeners and schedulers do. Idempotent: it only writes where the board
 * is missing, so running it again (every start) finds nothing to do. What it cannot tell (a school nobody can place)
 * stays as it was and is logged.
 */
@Component
public class BoardTenancyMigration implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(BoardTenancyMigration.class);

    static final String SCHOOLS = "prevention_schools";
    /** Each collection kept per school, with the field that holds its school id. */
    static final Map<String, String> SCOPED_BY_SCHOOL = Map.of(
            "prevention_activities", "schoolId",
            "prevention_incidents", "schoolId",
            "prevention_calendar_tokens", "_id");

    private final MongoTemplate mongo;

    BoardTenancyMigration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        migrate();
    }

    /** @return how many documents were given a board */
    public int migrate() {
        int filled = 0;
        for (Document school : mongo.find(withoutBoard(), Document.class, SCHOOLS)) {
            String schoolId = school.getString("_id");
            Set<String> boards = mongo.find(Query.query(where("schoolId").is(schoolId)), Document.class,
                            "prevention_incidents").stream()
                    .map(incident -> incident.getString("boardId"))
                    .filter(board -> board != null && !board.isBlank())
                    .collect(Collectors.toSet());
            if (boards.size() == 1) {
                filled += fill(SCHOOLS, where("_id").is(schoolId), boards.iterator().next());
            } else {
                log.warn("School {} has no board and {} boards reported incidents for it; left as it is",
                        schoolId, boards.size());
            }
        }
        for (Map.Entry<String, String> scoped : SCOPED_BY_SCHOOL.entrySet()) {
            String collection = scoped.getKey();
            String schoolField = scoped.getValue();
            for (String schoolId : mongo.findDistinct(withoutBoard(), schoolField, collection, String.class)) {
                Document school = mongo.findById(schoolId, Document.class, SCHOOLS);
                String board = school == null ? null : school.getString("boardId");
                if (board == null || board.isBlank()) {
                    log.warn("{} of school {} have no board, and neither has the school; left as they are",
                            collection, schoolId);
                    continue;
                }
                filled += fill(collection, where(schoolField).is(schoolId), board);
            }
        }
        if (filled > 0) {
            log.info("Gave {} stored documents the board of their school", filled);
        }
        return filled;
    }

    private int fill(String collection, Criteria which, String board) {
        Query missing = Query.query(which.andOperator(missingBoard()));
        return (int) mongo.updateMulti(missing, Update.update("boardId", board), collection).getModifiedCount();
    }

    private static Query withoutBoard() {
        return Query.query(missingBoard());
    }

    /** No board field, null, or blank: each is how a document from before looks. */
    private static Criteria missingBoard() {
        return new Criteria().orOperator(where("boardId").exists(false), where("boardId").is(null),
                where("boardId").is(""));
    }
}
