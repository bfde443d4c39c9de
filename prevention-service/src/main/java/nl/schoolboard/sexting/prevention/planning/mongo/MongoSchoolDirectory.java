package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.School;
import nl.schoolboard.sexting.prevention.planning.SchoolDirectory;
import nl.schoolboard.sexting.prevention.planning.SchoolOfAnotherBoard;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The school directory in MongoDB, the school id as {@code _id}: the unique {@code _id} is what keeps a school id to
 * one board. Registering writes only where the id is free, the caller's board's, or stored without a board; where
 * another board holds it the upsert runs into the {@code _id} and nothing changes.
 */
@Component
record MongoSchoolDirectory(MongoTemplate mongo) implements SchoolDirectory {

    @Override
    public Optional<School> find(String schoolId) {
        return Optional.ofNullable(mongo.findById(schoolId, SchoolDocument.class)).map(SchoolDocument::toSchool);
    }

    @Override
    public School ensureKnown(String schoolId, String boardId) {
        Optional<School> known = find(schoolId);
        if (known.isEmpty()) {
            // when another handler or the board was quicker, what it stored is the school
            FirstCopy.insert(mongo, SchoolDocument.of(School.unregistered(schoolId, boardId)));
        }
        return find(boardId, schoolId).orElseThrow(() -> find(schoolId).isPresent()
                ? new SchoolOfAnotherBoard(schoolId)
                : new IllegalStateException("school " + schoolId + " vanished"));
    }

    @Override
    public School register(School school) {
        SchoolDocument document = SchoolDocument.of(school);
        Query freeOrOurs = Query.query(where("_id").is(school.schoolId()).orOperator(
                where("boardId").is(school.boardId()), where("boardId").is(null)));
        Update update = new Update()
                .set("boardId", document.boardId())
                .set("name", document.name())
                .set("region", document.region())
                .set("regionAssumed", document.regionAssumed())
                .set("policyLastReviewedOn", document.policyLastReviewedOn());
        try {
            mongo.upsert(freeOrOurs, update, SchoolDocument.class);
        } catch (DuplicateKeyException heldByAnotherBoard) {
            throw new SchoolOfAnotherBoard(school.schoolId());
        }
        return school;
    }

    @Override
    public List<School> findByBoard(String boardId) {
        return mongo.find(Query.query(where("boardId").is(boardId)), SchoolDocument.class).stream()
                .map(SchoolDocument::toSchool).toList();
    }

    @Override
    public List<School> all() {
        return mongo.findAll(SchoolDocument.class).stream().map(SchoolDocument::toSchool).toList();
    }
}
