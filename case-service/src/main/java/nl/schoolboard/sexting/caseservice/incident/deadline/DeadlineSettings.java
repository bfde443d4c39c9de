package nl.schoolboard.sexting.caseservice.incident.deadline;

import nl.schoolboard.sexting.caseservice.incident.model.BoardId;
import nl.schoolboard.sexting.caseservice.incident.model.ProtocolStep;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicies;
import nl.schoolboard.sexting.caseservice.incident.protocol.DeadlinePolicy;
import nl.schoolboard.sexting.platform.calendar.Region;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * Deadlines per step, per board, from configuration:
 * <pre>
 * case.deadlines.school-days.VICTIM_CONVERSATION=1          # the defaults, in school days
 * case.deadlines.boards.board-7.TEAM_BRIEFING=3            # one board's own
 * case.deadlines.hours.BOARD_INFORMED=PT24H                # the steps the law wants "at once"
 * case.deadlines.region=MIDDEN                              # the holiday region school days are counted in
 * case.deadlines.regions.board-7=NOORD                      # one board's own region
 * case.deadlines.aftercare-school-days=5,20                 # follow-ups with the victim, after the first conversation
 * case.deadlines.aftercare-boards.board-7=3,10              # one board's own
 * </pre>
 */
@ConfigurationProperties("case.deadlines")
public class DeadlineSettings implements DeadlinePolicies {

    private Map<ProtocolStep, Integer> schoolDays = new EnumMap<>(DeadlinePolicy.defaultSchoolDays());
    private Map<String, Map<ProtocolStep, Integer>> boards = new HashMap<>();
    private Map<ProtocolStep, Duration> hours = new EnumMap<>(DeadlinePolicy.defaultAtOnce());
    private Region region = Region.ASSUMED;
    private Map<String, Region> regions = new HashMap<>();
    private List<Integer> aftercareSchoolDays = new ArrayList<>(DeadlinePolicy.defaultAftercare());
    private Map<String, List<Integer>> aftercareBoards = new HashMap<>();
    private ZoneId zone = DeadlinePolicy.defaults().zone();
    /** How often the watch looks for steps past their due time. */
    private Duration watchInterval = Duration.ofMinutes(1);

    @Override
    public DeadlinePolicy forBoard(BoardId board) {
        Map<ProtocolStep, Integer> days = new EnumMap<>(ProtocolStep.class);
        days.putAll(schoolDays);
        days.putAll(boards.getOrDefault(board.value(), Map.of()));
        return new DeadlinePolicy(days, Map.copyOf(hours), zone,
                DeadlinePolicy.schoolDaysOf(regions.getOrDefault(board.value(), region)), List.copyOf(aftercareBoards.getOrDefault(board.value(), aftercareSchoolDays)));
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

    public Map<ProtocolStep, Duration> getHours() {
        return hours;
    }

    public void setHours(Map<ProtocolStep, Duration> hours) {
        this.hours = hours;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Map<String, Region> getRegions() {
        return regions;
    }

    public void setRegions(Map<String, Region> regions) {
        this.regions = regions;
    }

    public List<Integer> getAftercareSchoolDays() {
        return aftercareSchoolDays;
    }

    public void setAftercareSchoolDays(List<Integer> aftercareSchoolDays) {
        this.aftercareSchoolDays = aftercareSchoolDays;
    }

    public Map<String, List<Integer>> getAftercareBoards() {
        return aftercareBoards;
    }

    public void setAftercareBoards(Map<String, List<Integer>> aftercareBoards) {
        this.aftercareBoards = aftercareBoards;
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
