package nl.schoolboard.sexting.caseservice.incident.people;

import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The age rules of the peer exception, per board, from configuration:
 * <pre>
 * case.assessment.age-rules.minimum-age=12             # the defaults
 * case.assessment.boards.board-7.max-age-gap=4         # one board's own reading
 * </pre>
 */
@Component
@ConfigurationProperties("case.assessment")
public class AssessmentSettings implements AssessmentRules {

    private AgeRules ageRules = AgeRules.defaults();
    private Map<String, AgeRules> boards = new HashMap<>();

    @Override
    public AgeRules forBoard(BoardId board) {
        return boards.getOrDefault(board.value(), ageRules);
    }

    public AgeRules getAgeRules() {
        return ageRules;
    }

    public void setAgeRules(AgeRules ageRules) {
        this.ageRules = ageRules;
    }

    public Map<String, AgeRules> getBoards() {
        return boards;
    }

    public void setBoards(Map<String, AgeRules> boards) {
        this.boards = boards;
    }
}
