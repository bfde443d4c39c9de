package nl.schoolboard.sexting.prevention.planning.mongo;

import nl.schoolboard.sexting.prevention.planning.BoardSettings;
import nl.schoolboard.sexting.prevention.planning.BoardSettingsStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Board settings in MongoDB, the board id as {@code _id}. */
@Component
record MongoBoardSettingsStore(MongoTemplate mongo) implements BoardSettingsStore {

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
