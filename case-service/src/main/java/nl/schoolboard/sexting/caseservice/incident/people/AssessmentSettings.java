package nl.schoolboard.sexting.caseservice.incident.people;

import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The age rules of the peer exception, per board, from configuration:
 * <pre>
 * case.assessment.age-rules.minimum-age=12             # the defaults
 * case.assessment.boards.board-7.max-age-gap=4         # one board's own reading
 * </pre>
 */
@ConfigurationProperties("case.assessment")
public record AssessmentSettings(AgeRules ageRules, Map<String, AgeRules> boards) implements AssessmentRules {

    public AssessmentSettings {
        ageRules = ageRules == null ? AgeRules.defaults() : ageRules;
        boards = boards == null ? Map.of() : Map.copyOf(boards);
    }

    @Override
    public AgeRules forBoard(BoardId board) {
        return boards.getOrDefault(board.value(), ageRules);
    }
}
