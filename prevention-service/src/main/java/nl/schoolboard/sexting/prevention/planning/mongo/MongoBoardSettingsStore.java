package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.BoardSettings;
import nl.schoolboard.sexting.prevention.planning.BoardSettingsStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Board settings in MongoDB, the board id as {@code _id}. */
@Repository
class MongoBoardSettingsStore implements BoardSettingsStore {

    private final MongoTemplate mongo;

    MongoBoardSettingsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<BoardSettings> find(String boardId) {
        return Optional.ofNullable(mongo.findById(boardId, BoardSettingsDocument.class))
                .map(BoardSettingsDocument::toSettings);
    }

    @Override
    public void save(String boardId, BoardSettings settings) {
        mongo.save(BoardSettingsDocument.of(boardId, settings));
    }
}
