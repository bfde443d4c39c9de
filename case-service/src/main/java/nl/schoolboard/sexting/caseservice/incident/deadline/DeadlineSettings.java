package nl.schoolboard.sexting.caseservice.incident.deadline;

import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicies;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicy;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * School days per step, per board, from configuration:
 * <pre>
 * case.deadlines.school-days.VICTIM_CONVERSATION=1          # the defaults
 * case.deadlines.boards.board-7.TEAM_BRIEFING=3            # one board's own
 * </pre>
 */
@ConfigurationProperties("case.deadlines")
public class DeadlineSettings implements DeadlinePolicies {

    private Map<ProtocolStep, Integer> schoolDays = new EnumMap<>(DeadlinePolicy.defaults().schoolDays());
    private Map<String, Map<ProtocolStep, Integer>> boards = new HashMap<>();
    private ZoneId zone = DeadlinePolicy.defaults().zone();
    /** How often the watch looks for steps past their due time. */
    private Duration watchInterval = Duration.ofMinutes(1);

    @Override
    public DeadlinePolicy forBoard(BoardId board) {
        Map<ProtocolStep, Integer> days = new EnumMap<>(ProtocolStep.class);
        days.putAll(schoolDays);
        days.putAll(boards.getOrDefault(board.value(), Map.of()));
        return new DeadlinePolicy(days, zone);
    }

    public Map<ProtocolStep, Integer> getSchoolDays() {
        return schoolDays;
    }

    public void setSchoolDays(Map<ProtocolStep, Integer> schoolDays) {
        this.schoolDays = schoolDays;
    }

    public Map<String, Map<ProtocolStep, Integer>> getBoards() {
        return boards;
    }

    public void setBoards(Map<String, Map<ProtocolStep, Integer>> boards) {
        this.boards = boards;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public Duration getWatchInterval() {
        return watchInterval;
    }

    public void setWatchInterval(Duration watchInterval) {
        this.watchInterval = watchInterval;
    }
}
