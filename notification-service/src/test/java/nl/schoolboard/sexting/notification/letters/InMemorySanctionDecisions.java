package nl.schoolboard.sexting.notification.letters;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SanctionDecisions} in a map, for tests of the rules without MongoDB. */
public class InMemorySanctionDecisions implements SanctionDecisions {

    private record Key(String caseId, String pupilRef) {
    }

    private final Map<Key, ParentLetters.SanctionDecision> decisions = new ConcurrentHashMap<>();
    private final Map<Key, String> schools = new ConcurrentHashMap<>();

    @Override
    public void remember(String boardId, String schoolId, String caseId, String pupilRef,
                         ParentLetters.SanctionDecision decision) {
        decisions.put(new Key(caseId, pupilRef), decision);
        schools.put(new Key(caseId, pupilRef), boardId + "/" + schoolId);
    }

    @Override
    public Optional<ParentLetters.SanctionDecision> of(String caseId, String pupilRef) {
        return Optional.ofNullable(decisions.get(new Key(caseId, pupilRef)));
    }

    @Override
    public long erase(String boardId, String schoolId, String pupilRef) {
        var gone = schools.entrySet().stream().filter(e -> e.getKey().pupilRef().equals(pupilRef)
                && e.getValue().equals(boardId + "/" + schoolId)).map(Map.Entry::getKey).toList();
        gone.forEach(key -> {
            decisions.remove(key);
            schools.remove(key);
        });
        return gone.size();
    }
}
