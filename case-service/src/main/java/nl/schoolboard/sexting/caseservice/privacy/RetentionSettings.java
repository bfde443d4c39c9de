package nl.schoolboard.sexting.caseservice.privacy;

import nl.schoolboard.sexting.caseservice.incident.model.Values.Outcome;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * How long a closed case keeps its personal data, per outcome, per board:
 * <pre>
 * case.retention.default-period=P730D
 * case.retention.outcomes.NO_FURTHER_ACTION=P365D
 * case.retention.boards.board-7.REFERRED_TO_POLICE=P1825D
 * </pre>
 *
 * @param interval how often the retention job looks for cases past their period
 */
@ConfigurationProperties("case.retention")
public record RetentionSettings(Duration defaultPeriod, Map<Outcome, Duration> outcomes,
                                Map<String, Map<Outcome, Duration>> boards, Duration interval) {

    public RetentionSettings {
        defaultPeriod = defaultPeriod == null ? Duration.ofDays(730) : defaultPeriod;
        outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
        boards = boards == null ? Map.of() : Map.copyOf(boards);
        interval = interval == null ? Duration.ofHours(1) : interval;
    }

    public Duration periodFor(String board, String outcome) {
        Outcome parsed = outcome == null ? Outcome.OTHER : Outcome.valueOf(outcome);
        Duration boardPeriod = boards.getOrDefault(board, Map.of()).get(parsed);
        if (boardPeriod != null) {
            return boardPeriod;
        }
        return outcomes.getOrDefault(parsed, defaultPeriod);
    }
}
