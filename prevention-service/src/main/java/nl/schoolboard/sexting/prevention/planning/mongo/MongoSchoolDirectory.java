package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.School;
import nl.schoolboard.sexting.prevention.planning.SchoolDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The school directory in MongoDB, the school id as {@code _id}. */
@Repository
class MongoSchoolDirectory implements SchoolDirectory {

    private final MongoTemplate mongo;

    MongoSchoolDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<School> find(String schoolId) {
        return Optional.ofNullable(mongo.findById(schoolId, SchoolDocument.class)).map(SchoolDocument::toSchool);
    }

    @Override
    public School ensureKnown(String schoolId, String boardId) {
        Optional<School> known = find(schoolId);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            mongo.insert(SchoolDocument.of(School.unregistered(schoolId, boardId)));
        } catch (DuplicateKeyException registeredMeanwhile) {
            // another handler or the board was quicker; what it stored is the school
        }
        return find(schoolId).orElseThrow(() -> new IllegalStateException("school " + schoolId + " vanished"));
    }

    @Override
    public School register(School school) {
        mongo.save(SchoolDocument.of(school));
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
