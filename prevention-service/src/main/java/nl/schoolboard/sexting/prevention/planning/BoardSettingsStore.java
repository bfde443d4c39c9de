package nl.schoolboard.sexting.prevention.planning;

import java.util.Optional;

/** Planning settings per school board; a board that set none plans with {@link BoardSettings#DEFAULTS}. */
public interface BoardSettingsStore {

    Optional<BoardSettings> find(String boardId);

    void save(String boardId, BoardSettings settings);

    default BoardSettings effective(String boardId) {
        return boardId == null ? BoardSettings.DEFAULTS : find(boardId).orElse(BoardSettings.DEFAULTS);
    }
}
