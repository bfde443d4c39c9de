package nl.schoolboard.sexting.caseservice.privacy;

import nl.schoolboard.sexting.caseservice.incident.model.Values.Outcome;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * How long a closed case keeps its personal data, per outcome, per board:
 * <pre>
 * case.retention.default-period=P730D
 * case.retention.outcomes.NO_FURTHER_ACTION=P365D
 * case.retention.boards.board-7.REFERRED_TO_POLICE=P1825D
 * </pre>
 */
@ConfigurationProperties("case.retention")
public class RetentionSettings {

    private Duration defaultPeriod = Duration.ofDays(730);
    private Map<Outcome, Duration> outcomes = new EnumMap<>(Outcome.class);
    private Map<String, Map<Outcome, Duration>> boards = new HashMap<>();
    /** How often the retention job looks for cases past their period. */
    private Duration interval = Duration.ofHours(1);

    public Duration periodFor(String board, String outcome) {
        Outcome parsed = outcome == null ? Outcome.OTHER : Outcome.valueOf(outcome);
        Duration boardPeriod = boards.getOrDefault(board, Map.of()).get(parsed);
        if (boardPeriod != null) {
            return boardPeriod;
        }
        return outcomes.getOrDefault(parsed, defaultPeriod);
    }

    public Duration getDefaultPeriod() {
        return defaultPeriod;
    }

    public void setDefaultPeriod(Duration defaultPeriod) {
        this.defaultPeriod = defaultPeriod;
    }

    public Map<Outcome, Duration> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(Map<Outcome, Duration> outcomes) {
        this.outcomes = outcomes;
    }

    public Map<String, Map<Outcome, Duration>> getBoards() {
        return boards;
    }

    public void setBoards(Map<String, Map<Outcome, Duration>> boards) {
        this.boards = boards;
    }

    public Duration getInterval() {
        return interval;
    }

    public void setInterval(Duration interval) {
        this.interval = interval;
    }
}
